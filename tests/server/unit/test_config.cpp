// Configuration from the environment and flags.
#include <doctest/doctest.h>

#include "config/config.hpp"

using namespace brightpath::server;

TEST_CASE("flags win over the environment; defaults fill the rest") {
  Config c = load_config({{"DATABASE_URL", "postgresql://x@/y"}, {"BRIGHTPATH_PORT", "9000"}}, {"--port", "9100"});
  CHECK(c.port == 9100);
  CHECK(c.host == "127.0.0.1");
  CHECK(c.public_url == "http://localhost:9100");
  CHECK(c.signing_key_generated);
  Config d = load_config({{"DATABASE_URL", "postgresql://x@/y"}}, {"--port=9200", "--worker"});
  CHECK(d.port == 9200);
  CHECK(d.worker_mode);
}

TEST_CASE("production never falls back to a development secret") {
  CHECK_THROWS_WITH_AS(load_config({{"BRIGHTPATH_ENV", "production"}, {"DATABASE_URL", "postgresql://x@/y"}}, {}),
                       "BRIGHTPATH_SIGNING_KEY is required in production", ConfigError);
  Config c = load_config({{"BRIGHTPATH_ENV", "production"},
                          {"DATABASE_URL", "postgresql://x@/y"},
                          {"BRIGHTPATH_SIGNING_KEY", std::string(40, 'k')}},
                         {});
  CHECK(c.production);
  CHECK_FALSE(c.signing_key_generated);
  CHECK(c.signing_key == std::string(40, 'k'));
}

TEST_CASE("bad values name the setting and the allowed range") {
  CHECK_THROWS_WITH_AS(load_config({{"DATABASE_URL", "u"}, {"BRIGHTPATH_HTTP_THREADS", "0"}}, {}),
                       "BRIGHTPATH_HTTP_THREADS: expected a whole number from 1 to 1024, got \"0\"", ConfigError);
  CHECK_THROWS_WITH_AS(load_config({{"DATABASE_URL", "u"}, {"BRIGHTPATH_TRUST_PROXY", "maybe"}}, {}),
                       "BRIGHTPATH_TRUST_PROXY: expected 1/0, true/false or yes/no, got \"maybe\"", ConfigError);
  CHECK_THROWS_WITH_AS(load_config({{"DATABASE_URL", "u"}}, {"--port"}), "--port needs a value", ConfigError);
}
