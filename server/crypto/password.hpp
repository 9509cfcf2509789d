// Password hashing with argon2id (libargon2). The encoded hash carries its own salt and
// parameters, so raising the cost later keeps old hashes verifiable.
#pragma once

#include <cstdint>
#include <string>

namespace brightpath::server::crypto {

struct Argon2Cost {
  std::uint32_t time = 2;              // passes
  std::uint32_t memory_kib = 19 * 1024;  // OWASP's argon2id minimum (19 MiB, 2 passes)
  std::uint32_t parallelism = 1;
};

std::string hash_password(const std::string& password, const Argon2Cost& cost);
bool verify_password(const std::string& encoded_hash, const std::string& password);

}  // namespace brightpath::server::crypto
