// Configuration from the environment and flags.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

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

TEST_CASE("the previous signing key: at least 32 bytes, only beside a current one, ignored when equal to it") {
  const std::string current(40, 'k');
  const std::string previous(40, 'p');
  Config c = load_config({{"DATABASE_URL", "u"}, {"BRIGHTPATH_SIGNING_KEY", current}, {"BRIGHTPATH_SIGNING_KEY_PREVIOUS", previous}}, {});
  CHECK(c.signing_key_previous == previous);
  Config same = load_config({{"DATABASE_URL", "u"}, {"BRIGHTPATH_SIGNING_KEY", current}, {"BRIGHTPATH_SIGNING_KEY_PREVIOUS", current}}, {});
  CHECK(same.signing_key_previous.empty());
  CHECK_THROWS_WITH_AS(load_config({{"DATABASE_URL", "u"}, {"BRIGHTPATH_SIGNING_KEY", current}, {"BRIGHTPATH_SIGNING_KEY_PREVIOUS", "short"}}, {}),
                       "BRIGHTPATH_SIGNING_KEY_PREVIOUS must be at least 32 bytes", ConfigError);
  CHECK_THROWS_WITH_AS(load_config({{"DATABASE_URL", "u"}, {"BRIGHTPATH_SIGNING_KEY_PREVIOUS", previous}}, {}),
                       "BRIGHTPATH_SIGNING_KEY_PREVIOUS is set without BRIGHTPATH_SIGNING_KEY", ConfigError);
}

TEST_CASE("bad values name the setting and the allowed range") {
  CHECK_THROWS_WITH_AS(load_config({{"DATABASE_URL", "u"}, {"BRIGHTPATH_HTTP_THREADS", "0"}}, {}),
                       "BRIGHTPATH_HTTP_THREADS: expected a whole number from 1 to 1024, got \"0\"", ConfigError);
  CHECK_THROWS_WITH_AS(load_config({{"DATABASE_URL", "u"}, {"BRIGHTPATH_TRUST_PROXY", "maybe"}}, {}),
                       "BRIGHTPATH_TRUST_PROXY: expected 1/0, true/false or yes/no, got \"maybe\"", ConfigError);
  CHECK_THROWS_WITH_AS(load_config({{"DATABASE_URL", "u"}}, {"--port"}), "--port needs a value", ConfigError);
}

TEST_CASE("the web root: web/dist of the working directory when it is built there, unless set (even to none)") {
  namespace fs = std::filesystem;
  const fs::path before = fs::current_path();
  const fs::path dir = fs::temp_directory_path() / ("brightpath-config-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::current_path(dir);
  const std::map<std::string, std::string> env{{"DATABASE_URL", "u"}};
  CHECK(load_config(env, {}).web_root.empty());  // nothing built here
  fs::create_directories(dir / "web" / "dist");
  std::ofstream(dir / "web" / "dist" / "index.html") << "<!doctype html>";
  CHECK(load_config(env, {}).web_root == "web/dist");
  CHECK(load_config(env, {"--web-root", "/srv/app"}).web_root == "/srv/app");
  CHECK(load_config({{"DATABASE_URL", "u"}, {"BRIGHTPATH_WEB_ROOT", ""}}, {}).web_root.empty());
  fs::current_path(before);
  fs::remove_all(dir);
}
