// What the server processes share beyond PostgreSQL: the API rate limit, sign-in failure
// counts and the session cache. Without REDIS_URL each keeps today's home (the rate limit
// and the session cache in this process, sign-in failures in PostgreSQL); with it, all
// three live in Redis, with the fallbacks each interface describes. Chosen once, at start.
#pragma once

#include <memory>

#include "config/config.hpp"
#include "shared_state/rate_limit.hpp"
#include "shared_state/redis.hpp"
#include "shared_state/session_cache.hpp"
#include "shared_state/signin_failures.hpp"
#include "storage/database.hpp"

namespace brightpath::server::shared_state {

struct SharedState {
  std::unique_ptr<RedisClient> redis;                 // null without REDIS_URL
  std::unique_ptr<RateLimit> rate_limit;              // null when the limit is off
  std::unique_ptr<SessionCache> sessions;
  std::unique_ptr<SigninFailures> database_failures;  // the store without Redis, the fallback with it
  std::unique_ptr<SigninFailures> redis_failures;     // null without REDIS_URL

  SigninFailures& signin_failures() { return redis_failures ? *redis_failures : *database_failures; }
};

SharedState make_shared_state(const Config& config, storage::Pool& pool);

// For /metrics: does Redis answer PING now?
bool redis_answers(RedisClient& redis);

}  // namespace brightpath::server::shared_state
