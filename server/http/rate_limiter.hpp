// Per-client rate limit on the API: a token bucket per client address, in this process's
// memory (each server behind the load balancer limits on its own). Requests beyond it get
// 429 `rate_limited` with Retry-After.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace brightpath::server::http {

class RateLimiter {
 public:
  RateLimiter(int per_minute, int burst) : per_second_(per_minute / 60.0), burst_(burst) {}
  // nullopt when the request may go ahead; otherwise the seconds until it may.
  std::optional<int> admit(const std::string& client);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point updated;
  };
  void forget_idle(std::chrono::steady_clock::time_point now);

  double per_second_;
  double burst_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace brightpath::server::http
