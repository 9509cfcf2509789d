#include "shared_state/shared_state.hpp"

namespace brightpath::server::shared_state {

SharedState make_shared_state(const Config& config, storage::Pool& pool) {
  SharedState s;
  s.database_failures = postgres_signin_failures(pool);
  if (config.redis_url.empty()) {
    if (config.rate_limit_per_minute > 0) s.rate_limit = local_rate_limit(config.rate_limit_per_minute, config.rate_limit_burst);
    s.sessions = local_session_cache(config.session_recheck_seconds);
    return s;
  }
  s.redis = std::make_unique<RedisClient>(parse_redis_url(config.redis_url), std::chrono::milliseconds(config.redis_timeout_ms));
  if (config.rate_limit_per_minute > 0) {
    s.rate_limit = redis_rate_limit(*s.redis, config.rate_limit_per_minute, config.rate_limit_burst);
  }
  // An access token naming an ended session is refused until the token itself expires.
  s.sessions = redis_session_cache(*s.redis, config.session_recheck_seconds, config.access_token_seconds);
  s.redis_failures = redis_signin_failures(*s.redis, *s.database_failures);
  return s;
}

bool redis_answers(RedisClient& redis) {
  try {
    return redis.command({"PING"}).text == "PONG";
  } catch (const RedisFailure&) {
    return false;
  }
}

}  // namespace brightpath::server::shared_state
