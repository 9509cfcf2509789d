#include "crypto/tokens.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <boost/json.hpp>
#include <stdexcept>

namespace brightpath::server::crypto {

std::string random_bytes(std::size_t count) {
  std::string out(count, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1) {
    throw std::runtime_error("RAND_bytes failed");
  }
  return out;
}

std::string random_token(std::size_t bytes) { return base64url(random_bytes(bytes)); }

std::string base64url(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    auto n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
             static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  if (i + 1 == bytes.size()) {
    auto n = static_cast<unsigned char>(bytes[i]) << 16;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
  } else if (i + 2 == bytes.size()) {
    auto n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
  }
  return out;
}

std::optional<std::string> base64url_decode(std::string_view text) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
  };
  if (text.size() % 4 == 1) return std::nullopt;
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    int v = value(c);
    if (v < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

namespace {
std::string hmac_sha256(std::string_view key, std::string_view data) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
       data.size(), mac, &len);
  return std::string(reinterpret_cast<const char*>(mac), len);
}
constexpr std::string_view kHeader = R"({"alg":"HS256","typ":"JWT"})";
}  // namespace

std::string sign_access_token(const AccessClaims& claims, std::string_view key) {
  boost::json::object payload{{"sub", claims.account_id},
                              {"sid", claims.session_id},
                              {"iat", claims.issued_at},
                              {"exp", claims.expires_at}};
  std::string signing_input = base64url(kHeader) + "." + base64url(boost::json::serialize(payload));
  return signing_input + "." + base64url(hmac_sha256(key, signing_input));
}

std::optional<AccessClaims> verify_access_token(std::string_view token, std::string_view key, std::int64_t now) {
  const auto first = token.find('.');
  if (first == std::string_view::npos) return std::nullopt;
  const auto second = token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) return std::nullopt;
  const std::string_view signing_input = token.substr(0, second);
  const std::string expected = base64url(hmac_sha256(key, signing_input));
  if (!constant_time_equal(expected, token.substr(second + 1))) return std::nullopt;
  // Signed by us, so the header is ours; still refuse anything but HS256 (no "alg":"none").
  auto header = base64url_decode(token.substr(0, first));
  if (!header || *header != kHeader) return std::nullopt;
  auto payload_text = base64url_decode(token.substr(first + 1, second - first - 1));
  if (!payload_text) return std::nullopt;
  boost::system::error_code ec;
  boost::json::value payload = boost::json::parse(*payload_text, ec);
  if (ec || !payload.is_object()) return std::nullopt;
  const auto& o = payload.as_object();
  const auto* sub = o.if_contains("sub");
  const auto* sid = o.if_contains("sid");
  const auto* iat = o.if_contains("iat");
  const auto* exp = o.if_contains("exp");
  if (!sub || !sub->is_string() || !sid || !sid->is_string() || !iat || !iat->is_int64() || !exp || !exp->is_int64()) {
    return std::nullopt;
  }
  AccessClaims claims{std::string(sub->as_string()), std::string(sid->as_string()), iat->as_int64(), exp->as_int64()};
  if (claims.expires_at <= now) return std::nullopt;
  return claims;
}

std::optional<AccessClaims> verify_access_token(std::string_view token, std::string_view key,
                                                std::string_view previous_key, std::int64_t now) {
  if (auto claims = verify_access_token(token, key, now)) return claims;
  if (previous_key.empty()) return std::nullopt;
  return verify_access_token(token, previous_key, now);
}

}  // namespace brightpath::server::crypto
