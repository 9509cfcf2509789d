// What happens when Redis fails: each use counts it in
// `brightpath_redis_fallbacks_total{use}` and logs a warning, at most one per use every
// 10 s, so an outage neither floods the log nor goes unnoticed.
#pragma once

#include <exception>

namespace brightpath::server::shared_state {

// `use`: "rate_limit", "signin_throttle" or "session_cache" (the metric's label).
void report_redis_fallback(const char* use, const std::exception& why, const char* consequence);

}  // namespace brightpath::server::shared_state
