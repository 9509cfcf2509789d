// A small Redis client (redis.cpp is the only file that includes hiredis): a pool of
// connections shared by the threads, TCP or TLS (rediss://), a timeout on connecting and on
// every command, and reconnection. Redis holds only what the servers share that may be lost (counters,
// caches), so callers treat a failure as "use the fallback", never as a failed request.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "shared_state/redis_url.hpp"

namespace brightpath::server::shared_state {

// Any failure of a Redis call; the callers' fallbacks catch this one.
struct RedisFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Redis cannot be reached, did not answer in time, or refused the credentials.
struct RedisUnavailable : RedisFailure {
  using RedisFailure::RedisFailure;
};
// Redis answered with an error (a wrong command or script: a bug, or Redis out of memory).
struct RedisError : RedisFailure {
  using RedisFailure::RedisFailure;
};

struct RedisReply {
  enum class Type { nil, integer, text, array };  // status and bulk strings are both text
  Type type = Type::nil;
  long long integer = 0;
  std::string text;
  std::vector<RedisReply> elements;
};

class RedisTls;

class RedisClient {
 public:
  // `timeout` bounds connecting and each command. After a connection failure the client
  // does not try again for `retry_after`, so an outage costs each request nothing but the
  // fallback.
  RedisClient(RedisAddress address, std::chrono::milliseconds timeout,
              std::chrono::milliseconds retry_after = std::chrono::seconds(1));
  ~RedisClient();
  RedisClient(const RedisClient&) = delete;
  RedisClient& operator=(const RedisClient&) = delete;

  RedisReply command(const std::vector<std::string>& args);
  // A Lua script, run atomically by Redis with its clock (TIME), so every server counts
  // against the same time. EVAL each time: Redis caches the compiled script by its hash.
  RedisReply eval(std::string_view script, const std::vector<std::string>& keys, const std::vector<std::string>& args);
  [[nodiscard]] const RedisAddress& address() const { return address_; }

 private:
  class Connection;
  std::unique_ptr<Connection> acquire(bool& reused);
  void release(std::unique_ptr<Connection> connection);
  void mark_down(const std::string& why);

  RedisAddress address_;
  std::chrono::milliseconds timeout_;
  std::chrono::milliseconds retry_after_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;  // at most one per thread that used Redis at once
  std::chrono::steady_clock::time_point down_until_{};
  std::string last_failure_;  // why it is down, repeated while it is
  std::shared_ptr<RedisTls> tls_;  // null for redis://
};

}  // namespace brightpath::server::shared_state
