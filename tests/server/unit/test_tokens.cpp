// The access token (JWT, HS256) and its helpers, without a server.
#include <doctest/doctest.h>

#include "crypto/tokens.hpp"

using namespace brightpath::server::crypto;

TEST_CASE("base64url round-trips every length and refuses foreign characters") {
  for (std::size_t n = 0; n < 40; ++n) {
    const std::string bytes = random_bytes(n);
    const std::string text = base64url(bytes);
    CHECK(text.find_first_of("+/=") == std::string::npos);
    REQUIRE(base64url_decode(text).has_value());
    CHECK(*base64url_decode(text) == bytes);
  }
  CHECK_FALSE(base64url_decode("ab+c").has_value());
  CHECK_FALSE(base64url_decode("a").has_value());
}

TEST_CASE("an access token verifies with its key until it expires") {
  const std::string key = "k-0123456789abcdef0123456789abcdef";
  const AccessClaims claims{"account-1", "session-1", 1000, 1900};
  const std::string token = sign_access_token(claims, key);

  SUBCASE("valid before expiry") {
    auto got = verify_access_token(token, key, 1899);
    REQUIRE(got.has_value());
    CHECK(got->account_id == "account-1");
    CHECK(got->session_id == "session-1");
  }
  SUBCASE("refused at and after expiry") {
    CHECK_FALSE(verify_access_token(token, key, 1900).has_value());
  }
  SUBCASE("refused with another key") {
    CHECK_FALSE(verify_access_token(token, "another-key-0123456789abcdef0123", 1500).has_value());
  }
  SUBCASE("refused when the claims are changed") {
    const auto dot = token.find('.');
    const auto dot2 = token.find('.', dot + 1);
    std::string payload = *base64url_decode(token.substr(dot + 1, dot2 - dot - 1));
    payload.replace(payload.find("account-1"), 9, "account-2");
    const std::string forged = token.substr(0, dot + 1) + base64url(payload) + token.substr(dot2);
    CHECK_FALSE(verify_access_token(forged, key, 1500).has_value());
  }
  SUBCASE("refused with alg none or a malformed shape") {
    const std::string none = base64url(R"({"alg":"none","typ":"JWT"})") + token.substr(token.find('.'));
    CHECK_FALSE(verify_access_token(none, key, 1500).has_value());
    CHECK_FALSE(verify_access_token("a.b", key, 1500).has_value());
    CHECK_FALSE(verify_access_token(token + ".x", key, 1500).has_value());
    CHECK_FALSE(verify_access_token("", key, 1500).has_value());
  }
}

TEST_CASE("during a rotation, tokens of the previous key verify until they expire; tokens of others never") {
  const std::string current = "current-key-0123456789abcdef012345";
  const std::string previous = "previous-key-0123456789abcdef01234";
  const std::string old_token = sign_access_token({"account-1", "session-1", 1000, 1900}, previous);
  const std::string new_token = sign_access_token({"account-1", "session-2", 1000, 1900}, current);
  CHECK(verify_access_token(old_token, current, previous, 1500)->session_id == "session-1");
  CHECK(verify_access_token(new_token, current, previous, 1500)->session_id == "session-2");
  CHECK_FALSE(verify_access_token(old_token, current, previous, 1900).has_value());
  CHECK_FALSE(verify_access_token(old_token, current, "", 1500).has_value());
  const std::string stranger = sign_access_token({"account-1", "session-3", 1000, 1900}, "someone-else-0123456789abcdef0123");
  CHECK_FALSE(verify_access_token(stranger, current, previous, 1500).has_value());
}

TEST_CASE("sha256_hex gives the standard digest") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
