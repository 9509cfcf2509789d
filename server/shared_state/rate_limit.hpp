// The API's per-client rate limit: a token bucket per client address (a burst, then a
// sustained rate per minute). Requests beyond it get 429 `rate_limited` with Retry-After.
// Two implementations, chosen at start: in this process's memory (each server limits on
// its own), or in Redis (every server behind the load balancer counts in the same bucket).
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace brightpath::server::shared_state {

class RedisClient;

class RateLimit {
 public:
  virtual ~RateLimit() = default;
  // nullopt when the request may go ahead; otherwise the seconds until it may.
  virtual std::optional<int> admit(const std::string& client) = 0;
};

std::unique_ptr<RateLimit> local_rate_limit(int per_minute, int burst);
// While Redis fails, each server falls back to its own in-memory buckets: the limit then
// holds per server, not across them, but never lapses.
std::unique_ptr<RateLimit> redis_rate_limit(RedisClient& redis, int per_minute, int burst);

}  // namespace brightpath::server::shared_state
