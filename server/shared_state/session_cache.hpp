// Sessions recently seen active, so that not every authenticated request asks PostgreSQL
// whether its session still is. Entries live BRIGHTPATH_SESSION_RECHECK_SECONDS. Two
// implementations, chosen at start:
// - in this process's memory: a session ended here is forgotten at once; one ended on
//   another server is trusted here until its entry runs out;
// - in Redis, shared by every server: ending a session replaces its entry with an "ended"
//   mark (kept as long as an access token lives), so every server refuses it at once, and
//   an entry one server wrote saves the others their database read.
// Hits and misses are counted in `brightpath_cache_hits_total` / `_misses_total`
// {cache="sessions"} by AccountService.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace brightpath::server::shared_state {

class RedisClient;

struct CachedSession {
  enum class State { unknown, active, ended };
  State state = State::unknown;
  std::string account_id;  // when active
};

class SessionCache {
 public:
  virtual ~SessionCache() = default;
  virtual CachedSession find(const std::string& session_id) = 0;
  virtual void remember(const std::string& session_id, const std::string& account_id) = 0;
  virtual void ended(const std::vector<std::string>& session_ids) = 0;
};

// `ttl_seconds` 0 turns the cache off (every request asks the database).
std::unique_ptr<SessionCache> local_session_cache(int ttl_seconds);
// While Redis fails, every request asks the database: nothing is trusted that Redis could
// not confirm. `ended_seconds` is how long an ended mark stays (the access token lifetime).
std::unique_ptr<SessionCache> redis_session_cache(RedisClient& redis, int ttl_seconds, int ended_seconds);

}  // namespace brightpath::server::shared_state
