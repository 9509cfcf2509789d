// Random secrets, hashes and the signed access token (a JWT with HMAC-SHA256), via OpenSSL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace brightpath::server::crypto {

std::string random_bytes(std::size_t count);
std::string random_token(std::size_t bytes = 32);  // base64url, no padding
std::string base64url(std::string_view bytes);
std::optional<std::string> base64url_decode(std::string_view text);
std::string sha256_hex(std::string_view data);
bool constant_time_equal(std::string_view a, std::string_view b);

struct AccessClaims {
  std::string account_id;  // "sub"
  std::string session_id;  // "sid"
  std::int64_t issued_at = 0;
  std::int64_t expires_at = 0;
};

// A compact JWS: base64url(header).base64url(claims).base64url(HMAC-SHA256).
std::string sign_access_token(const AccessClaims& claims, std::string_view key);
// The claims when the signature, algorithm and expiry (against `now`, Unix seconds) hold.
std::optional<AccessClaims> verify_access_token(std::string_view token, std::string_view key, std::int64_t now);
// The same with a previous key accepted too (empty: none), for a key rotation without a
// single refused token: the current key is tried first, so only old tokens pay a second HMAC.
std::optional<AccessClaims> verify_access_token(std::string_view token, std::string_view key,
                                                std::string_view previous_key, std::int64_t now);

}  // namespace brightpath::server::crypto
