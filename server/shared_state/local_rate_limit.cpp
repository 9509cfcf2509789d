// The token buckets in this process's memory.
#include <chrono>
#include <cmath>
#include <mutex>
#include <unordered_map>

#include "shared_state/rate_limit.hpp"

namespace brightpath::server::shared_state {
namespace {

constexpr std::size_t kPruneAbove = 10000;  // clients remembered before idle ones are dropped

class LocalRateLimit final : public RateLimit {
 public:
  LocalRateLimit(int per_minute, int burst) : per_second_(per_minute / 60.0), burst_(burst) {}

  std::optional<int> admit(const std::string& client) override {
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

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point updated;
  };

  void forget_idle(std::chrono::steady_clock::time_point now) {
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

  double per_second_;
  double burst_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace

std::unique_ptr<RateLimit> local_rate_limit(int per_minute, int burst) {
  return std::make_unique<LocalRateLimit>(per_minute, burst);
}

}  // namespace brightpath::server::shared_state
