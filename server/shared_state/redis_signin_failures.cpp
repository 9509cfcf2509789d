// Failed sign-ins in Redis: per key a sorted set of failure times (milliseconds of Redis's
// clock) and a sequence that keeps members unique, both under one hash tag and expiring
// with the window. Same sliding window as the PostgreSQL table.
#include "shared_state/redis.hpp"
#include "shared_state/redis_fallback.hpp"
#include "shared_state/signin_failures.hpp"

namespace brightpath::server::shared_state {
namespace {

// KEYS[1] the set; ARGV[1] the window in seconds. Returns {count, seconds since the last,
// seconds since the first} of the failures inside the window.
constexpr std::string_view kRecent = R"lua(
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]) * 1000)
local n = redis.call('ZCARD', KEYS[1])
if n == 0 then return {0, 0, 0} end
local first = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
local last = tonumber(redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')[2])
return {n, math.floor((now - last) / 1000), math.floor((now - first) / 1000)}
)lua";

// KEYS[1] the set, KEYS[2] its sequence; ARGV[1] the window in seconds.
constexpr std::string_view kRecord = R"lua(
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local seq = redis.call('INCR', KEYS[2])
redis.call('ZADD', KEYS[1], now, tostring(seq))
local ttl = tonumber(ARGV[1]) * 1000 + 1000
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
return 1
)lua";

std::string set_key(const std::string& key_hash) { return "brightpath:signin:{" + key_hash + "}"; }
std::string sequence_key(const std::string& key_hash) { return set_key(key_hash) + ":seq"; }

class RedisSigninFailures final : public SigninFailures {
 public:
  RedisSigninFailures(RedisClient& redis, SigninFailures& fallback) : redis_(redis), fallback_(fallback) {}

  storage::FailureCount recent(const std::string& key_hash, int window_seconds) override {
    try {
      const RedisReply r = redis_.eval(kRecent, {set_key(key_hash)}, {std::to_string(window_seconds)});
      if (r.elements.size() != 3) throw RedisError("unexpected answer to the sign-in count script");
      return {r.elements[0].integer, r.elements[1].integer, r.elements[2].integer};
    } catch (const RedisFailure& e) {
      report(e);
      return fallback_.recent(key_hash, window_seconds);
    }
  }

  void record(const std::string& key_hash, int window_seconds) override {
    try {
      redis_.eval(kRecord, {set_key(key_hash), sequence_key(key_hash)}, {std::to_string(window_seconds)});
    } catch (const RedisFailure& e) {
      report(e);
      fallback_.record(key_hash, window_seconds);
    }
  }

  void clear(const std::string& key_hash) override {
    try {
      redis_.command({"DEL", set_key(key_hash), sequence_key(key_hash)});
    } catch (const RedisFailure& e) {
      report(e);
    }
    // Failures counted in PostgreSQL during an outage would otherwise outlive this success.
    fallback_.clear(key_hash);
  }

 private:
  static void report(const RedisFailure& e) {
    report_redis_fallback("signin_throttle", e, "failed sign-ins are counted in PostgreSQL until Redis is back");
  }

  RedisClient& redis_;
  SigninFailures& fallback_;
};

}  // namespace

std::unique_ptr<SigninFailures> redis_signin_failures(RedisClient& redis, SigninFailures& fallback) {
  return std::make_unique<RedisSigninFailures>(redis, fallback);
}

}  // namespace brightpath::server::shared_state
