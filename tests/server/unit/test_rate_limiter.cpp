// The per-client token bucket.
#include <doctest/doctest.h>

#include "http/rate_limiter.hpp"

using brightpath::server::http::RateLimiter;

TEST_CASE("a client gets its burst, then waits; clients do not share buckets") {
  RateLimiter limiter(60, 3);  // one a second after a burst of three
  CHECK_FALSE(limiter.admit("a").has_value());
  CHECK_FALSE(limiter.admit("a").has_value());
  CHECK_FALSE(limiter.admit("a").has_value());
  auto wait = limiter.admit("a");
  REQUIRE(wait.has_value());
  CHECK(*wait == 1);
  CHECK_FALSE(limiter.admit("b").has_value());
}
