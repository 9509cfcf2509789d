// REDIS_URL: `redis://[[user]:password@]host[:port][/db]`, or `rediss://` for TLS, read once at start. Kept apart
// from the client so that configuration can check it without a Redis to talk to.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

namespace brightpath::server::shared_state {

struct RedisAddress {
  std::string host;
  int port = 6379;
  std::string user;                     // empty: AUTH with the password only (the default user)
  std::optional<std::string> password;  // nullopt: no AUTH
  int db = 0;
  bool tls = false;  // rediss://
  // host:port/db without credentials (and " (TLS)"), for logs and errors.
  [[nodiscard]] std::string display() const;
};

struct RedisUrlError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// Throws RedisUrlError saying what is wrong; the message never repeats the password.
RedisAddress parse_redis_url(const std::string& url);

}  // namespace brightpath::server::shared_state
