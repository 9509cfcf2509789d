#include "shared_state/redis_fallback.hpp"

#include <chrono>
#include <map>
#include <mutex>
#include <string>

#include "log.hpp"
#include "metrics.hpp"

namespace brightpath::server::shared_state {

void report_redis_fallback(const char* use, const std::exception& why, const char* consequence) {
  metrics().count("brightpath_redis_fallbacks_total", {{"use", use}});
  static std::mutex mutex;
  static std::map<std::string, std::chrono::steady_clock::time_point> last_logged;
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mutex);
    auto [it, first] = last_logged.try_emplace(use, now);
    if (!first && now - it->second < std::chrono::seconds(10)) return;
    it->second = now;
  }
  log_line({{"level", "warn"}, {"msg", std::string("Redis failed: ") + consequence}, {"use", use}, {"reason", why.what()}});
}

}  // namespace brightpath::server::shared_state
