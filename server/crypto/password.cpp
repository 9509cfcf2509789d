#include "crypto/password.hpp"

#include <argon2.h>

#include <stdexcept>
#include <vector>

#include "crypto/tokens.hpp"

namespace brightpath::server::crypto {

std::string hash_password(const std::string& password, const Argon2Cost& cost) {
  constexpr std::size_t kSaltBytes = 16;
  constexpr std::size_t kHashBytes = 32;
  const std::string salt = random_bytes(kSaltBytes);
  const std::size_t encoded_len =
      argon2_encodedlen(cost.time, cost.memory_kib, cost.parallelism, kSaltBytes, kHashBytes, Argon2_id);
  std::vector<char> encoded(encoded_len);
  int rc = argon2id_hash_encoded(cost.time, cost.memory_kib, cost.parallelism, password.data(), password.size(),
                                 salt.data(), salt.size(), kHashBytes, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) throw std::runtime_error(std::string("argon2id failed: ") + argon2_error_message(rc));
  return std::string(encoded.data());
}

bool verify_password(const std::string& encoded_hash, const std::string& password) {
  return argon2id_verify(encoded_hash.c_str(), password.data(), password.size()) == ARGON2_OK;
}

}  // namespace brightpath::server::crypto
