// The token buckets in Redis: one hash per client address (its SHA-256, so no address is
// stored), refilled and taken from by one Lua script, atomic across every server.
#include <cstdio>

#include "crypto/tokens.hpp"
#include "shared_state/rate_limit.hpp"
#include "shared_state/redis.hpp"
#include "shared_state/redis_fallback.hpp"

namespace brightpath::server::shared_state {
namespace {

// KEYS[1] the bucket; ARGV[1] tokens per second, ARGV[2] the burst. Returns 0 when admitted,
// else the whole seconds until a token is back. The bucket expires once it would be full
// again: a full bucket and no bucket mean the same.
constexpr std::string_view kTakeToken = R"lua(
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = burst
if b[1] then
  tokens = math.min(burst, tonumber(b[1]) + math.max(0, now - tonumber(b[2])) * rate)
end
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.ceil((1 - tokens) / rate)
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate * 1000) + 1000)
return wait
)lua";

std::string exact(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

class RedisRateLimit final : public RateLimit {
 public:
  RedisRateLimit(RedisClient& redis, int per_minute, int burst)
      : redis_(redis), per_second_(exact(per_minute / 60.0)), burst_(std::to_string(burst)),
        fallback_(local_rate_limit(per_minute, burst)) {}

  std::optional<int> admit(const std::string& client) override {
    try {
      const RedisReply wait = redis_.eval(kTakeToken, {"brightpath:ratelimit:" + crypto::sha256_hex(client)}, {per_second_, burst_});
      if (wait.integer <= 0) return std::nullopt;
      return static_cast<int>(wait.integer);
    } catch (const RedisFailure& e) {
      report_redis_fallback("rate_limit", e, "the API rate limit is counted by each server on its own until Redis is back");
      return fallback_->admit(client);
    }
  }

 private:
  RedisClient& redis_;
  std::string per_second_;
  std::string burst_;
  std::unique_ptr<RateLimit> fallback_;
};

}  // namespace

std::unique_ptr<RateLimit> redis_rate_limit(RedisClient& redis, int per_minute, int burst) {
  return std::make_unique<RedisRateLimit>(redis, per_minute, burst);
}

}  // namespace brightpath::server::shared_state
