#include "http/rate_limiter.hpp"

#include <cmath>

namespace brightpath::server::http {
namespace {
constexpr std::size_t kPruneAbove = 10000;  // clients remembered before idle ones are dropped
}  // namespace

std::optional<int> RateLimiter::admit(const std::string& client) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  if (buckets_.size() > kPruneAbove) forget_idle(now);
  auto [it, fresh] = buckets_.try_emplace(client, Bucket{burst_, now});
  Bucket& b = it->second;
  if (!fresh) {
    const double elapsed = std::chrono::duration<double>(now - b.updated).count();
    b.tokens = std::min(burst_, b.tokens + elapsed * per_second_);
    b.updated = now;
  }
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return std::nullopt;
  }
  return static_cast<int>(std::ceil((1 - b.tokens) / per_second_));
}

void RateLimiter::forget_idle(std::chrono::steady_clock::time_point now) {
  // A bucket that has refilled completely holds nothing worth remembering.
  for (auto it = buckets_.begin(); it != buckets_.end();) {
    const double elapsed = std::chrono::duration<double>(now - it->second.updated).count();
    if (it->second.tokens + elapsed * per_second_ >= burst_) {
      it = buckets_.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace brightpath::server::http
