// REDIS_URL: what it may hold, and errors that say what is wrong without repeating a password.
#include <doctest/doctest.h>

#include <string>

#include "config/config.hpp"
#include "shared_state/redis_url.hpp"

using namespace brightpath::server;
using shared_state::parse_redis_url;
using shared_state::RedisUrlError;

TEST_CASE("a redis URL gives host, port, credentials and database") {
  SUBCASE("host only: the default port and database, no AUTH") {
    auto a = parse_redis_url("redis://cache.internal");
    CHECK(a.host == "cache.internal");
    CHECK(a.port == 6379);
    CHECK(a.db == 0);
    CHECK_FALSE(a.password.has_value());
  }
  SUBCASE("port and database") {
    auto a = parse_redis_url("redis://127.0.0.1:6380/2");
    CHECK(a.host == "127.0.0.1");
    CHECK(a.port == 6380);
    CHECK(a.db == 2);
    CHECK(a.display() == "127.0.0.1:6380/2");
  }
  SUBCASE("a password alone, user and password, escapes") {
    auto a = parse_redis_url("redis://:s3cret@h:1");
    CHECK(a.user.empty());
    CHECK(a.password == "s3cret");
    auto b = parse_redis_url("redis://app:p%40ss%2Fword@h");
    CHECK(b.user == "app");
    CHECK(b.password == "p@ss/word");
    CHECK(b.display() == "h:6379/0");
  }
  SUBCASE("rediss:// is TLS") {
    auto a = parse_redis_url("rediss://:pw@cache.example.org:6380");
    CHECK(a.tls);
    CHECK(a.display() == "cache.example.org:6380/0 (TLS)");
    CHECK_FALSE(parse_redis_url("redis://h").tls);
  }
  SUBCASE("an IPv6 host") {
    auto a = parse_redis_url("redis://[::1]:7000");
    CHECK(a.host == "::1");
    CHECK(a.port == 7000);
    CHECK(a.display() == "[::1]:7000/0");
  }
}

TEST_CASE("a wrong redis URL is refused with the reason") {
  CHECK_THROWS_WITH_AS(parse_redis_url("http://h"), "expected redis://[[user]:password@]host[:port][/db] (rediss:// for TLS)",
                       RedisUrlError);
  CHECK_THROWS_WITH_AS(parse_redis_url("redis://h:99999"), "the port must be a whole number from 1 to 65535, got \"99999\"", RedisUrlError);
  CHECK_THROWS_WITH_AS(parse_redis_url("redis://h/x"), "the database number after the / must be a whole number from 0 to 1000000, got \"x\"", RedisUrlError);
  CHECK_THROWS_WITH_AS(parse_redis_url("redis://:pw@"), "the host is missing", RedisUrlError);
  CHECK_THROWS_WITH_AS(parse_redis_url("redis://:p%4@h"), "a bad %-escape in the user or password", RedisUrlError);
}

TEST_CASE("configuration names REDIS_URL and never echoes its password") {
  std::map<std::string, std::string> env{{"DATABASE_URL", "postgresql:///x"}, {"REDIS_URL", "redis://:topsecret@h:0"}};
  try {
    load_config(env, {});
    FAIL("expected a ConfigError");
  } catch (const ConfigError& e) {
    const std::string message = e.what();
    CHECK(message == "REDIS_URL: the port must be a whole number from 1 to 65535, got \"0\"");
    CHECK(message.find("topsecret") == std::string::npos);
  }
  CHECK(load_config({{"DATABASE_URL", "postgresql:///x"}}, {"--redis-url", "redis://h"}).redis_url == "redis://h");
  CHECK(load_config({{"DATABASE_URL", "postgresql:///x"}}, {}).redis_url.empty());
}
