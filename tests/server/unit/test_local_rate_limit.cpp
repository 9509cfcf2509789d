// The per-client token bucket kept in this process's memory (no REDIS_URL, or Redis down).
#include <doctest/doctest.h>

#include "shared_state/rate_limit.hpp"

using brightpath::server::shared_state::local_rate_limit;

TEST_CASE("a client gets its burst, then waits, and clients do not share buckets") {
  auto limiter = local_rate_limit(60, 3);  // one a second after a burst of three
  CHECK_FALSE(limiter->admit("a").has_value());
  CHECK_FALSE(limiter->admit("a").has_value());
  CHECK_FALSE(limiter->admit("a").has_value());
  auto wait = limiter->admit("a");
  REQUIRE(wait.has_value());
  CHECK(*wait == 1);
  CHECK_FALSE(limiter->admit("b").has_value());
}
