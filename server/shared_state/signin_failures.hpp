// Failed sign-ins, counted per key (the SHA-256 of "account:<email>" or "address:<ip>", so
// neither an email nor an address is stored) over a sliding window; AccountService decides
// from the counts when to slow down or lock. Two implementations, chosen at start: the
// `signin_failures` table of PostgreSQL, or Redis (sorted sets of failure times), which
// keeps an attack's writes off the database. Both are shared by every server.
#pragma once

#include <memory>
#include <string>

#include "storage/account_store.hpp"

namespace brightpath::server::shared_state {

class RedisClient;

class SigninFailures {
 public:
  virtual ~SigninFailures() = default;
  virtual storage::FailureCount recent(const std::string& key_hash, int window_seconds) = 0;
  virtual void record(const std::string& key_hash, int window_seconds) = 0;
  virtual void clear(const std::string& key_hash) = 0;
};

std::unique_ptr<SigninFailures> postgres_signin_failures(storage::Pool& pool);
// While Redis fails, the counts are read and written in PostgreSQL (`fallback`): throttling
// never lapses, though failures counted in Redis before the outage are not seen during it.
std::unique_ptr<SigninFailures> redis_signin_failures(RedisClient& redis, SigninFailures& fallback);

}  // namespace brightpath::server::shared_state
