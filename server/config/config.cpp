#include "config/config.hpp"

#include <charconv>
#include <filesystem>
#include <functional>
#include <sstream>

#include "crypto/tokens.hpp"
#include "shared_state/redis_url.hpp"

extern char** environ;  // NOLINT: POSIX

namespace brightpath::server {
namespace {

struct Setting {
  const char* env;
  const char* flag;  // nullptr: environment only (secrets never go on a command line)
  const char* fallback;
  const char* help;
  std::function<void(Config&, const std::string&)> apply;
};

long long parse_integer(const std::string& name, const std::string& text, long long min, long long max) {
  long long value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    throw ConfigError(name + ": expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                      ", got \"" + text + "\"");
  }
  return value;
}

bool parse_bool(const std::string& name, const std::string& text) {
  if (text == "1" || text == "true" || text == "yes") return true;
  if (text == "0" || text == "false" || text == "no" || text.empty()) return false;
  throw ConfigError(name + ": expected 1/0, true/false or yes/no, got \"" + text + "\"");
}

const std::vector<Setting>& settings() {
  static const std::vector<Setting> all = {
      {"BRIGHTPATH_ENV", "--env", "development", "`production` refuses to start without BRIGHTPATH_SIGNING_KEY and DATABASE_URL",
       [](Config& c, const std::string& v) {
         if (v != "development" && v != "production") throw ConfigError("BRIGHTPATH_ENV: expected development or production, got \"" + v + "\"");
         c.production = v == "production";
       }},
      {"BRIGHTPATH_HOST", "--host", "127.0.0.1", "address to listen on (0.0.0.0 in a container)",
       [](Config& c, const std::string& v) { c.host = v; }},
      {"BRIGHTPATH_PORT", "--port", "8080", "TCP port",
       [](Config& c, const std::string& v) { c.port = static_cast<int>(parse_integer("BRIGHTPATH_PORT", v, 1, 65535)); }},
      {"DATABASE_URL", "--database-url", "", "PostgreSQL connection URI (scripts/start.sh starts a private cluster when unset)",
       [](Config& c, const std::string& v) { c.database_url = v; }},
      {"REDIS_URL", "--redis-url", "", "redis://[[user]:password@]host[:port][/db] (rediss:// for TLS): rate limits, failed sign-ins and the session cache shared by every server (docs/server.md, Shared state); without it they stay in this process (failed sign-ins in PostgreSQL)",
       [](Config& c, const std::string& v) {
         if (!v.empty()) {
           try {
             shared_state::parse_redis_url(v);
           } catch (const shared_state::RedisUrlError& e) {
             throw ConfigError(std::string("REDIS_URL: ") + e.what());
           }
         }
         c.redis_url = v;
       }},
      {"BRIGHTPATH_REDIS_TIMEOUT_MS", "--redis-timeout-ms", "250", "how long connecting to Redis or one Redis command may take before the server uses its fallback",
       [](Config& c, const std::string& v) { c.redis_timeout_ms = static_cast<int>(parse_integer("BRIGHTPATH_REDIS_TIMEOUT_MS", v, 1, 60000)); }},
      {"BRIGHTPATH_SIGNING_KEY", nullptr, "", "HMAC-SHA256 key of access tokens, at least 32 bytes; development without one uses a random key per process",
       [](Config& c, const std::string& v) { c.signing_key = v; }},
      {"BRIGHTPATH_SIGNING_KEY_PREVIOUS", nullptr, "", "during a key rotation, the key before BRIGHTPATH_SIGNING_KEY: access tokens it signed still verify until they expire (the same value, or none, when not rotating)",
       [](Config& c, const std::string& v) { c.signing_key_previous = v; }},
      {"BRIGHTPATH_PUBLIC_URL", "--public-url", "", "base URL of invitation links; default http://localhost:<port>",
       [](Config& c, const std::string& v) { c.public_url = v; }},
      {"BRIGHTPATH_WEB_ROOT", "--web-root", "", "folder of the built web app served at / (index.html, assets/); default web/dist when it exists in the working directory",
       [](Config& c, const std::string& v) { c.web_root = v; }},
      {"BRIGHTPATH_HTTP_THREADS", "--http-threads", "16", "HTTP worker threads",
       [](Config& c, const std::string& v) { c.http_threads = static_cast<int>(parse_integer("BRIGHTPATH_HTTP_THREADS", v, 1, 1024)); }},
      {"BRIGHTPATH_DB_POOL_SIZE", "--db-pool-size", "16", "PostgreSQL connections per process",
       [](Config& c, const std::string& v) { c.db_pool_size = static_cast<int>(parse_integer("BRIGHTPATH_DB_POOL_SIZE", v, 1, 1024)); }},
      {"BRIGHTPATH_MAX_BODY_BYTES", "--max-body-bytes", "17825792", "request body limit (413 beyond); above the core's 16 MiB plan limit",
       [](Config& c, const std::string& v) { c.max_body_bytes = static_cast<std::size_t>(parse_integer("BRIGHTPATH_MAX_BODY_BYTES", v, 1024, 1LL << 32)); }},
      {"BRIGHTPATH_ACCESS_TOKEN_SECONDS", "--access-token-seconds", "900", "lifetime of an access token",
       [](Config& c, const std::string& v) { c.access_token_seconds = static_cast<int>(parse_integer("BRIGHTPATH_ACCESS_TOKEN_SECONDS", v, 1, 86400)); }},
      {"BRIGHTPATH_SESSION_DAYS", "--session-days", "30", "lifetime of a session (its refresh tokens)",
       [](Config& c, const std::string& v) { c.session_days = static_cast<int>(parse_integer("BRIGHTPATH_SESSION_DAYS", v, 1, 365)); }},
      {"BRIGHTPATH_SESSION_RECHECK_SECONDS", "--session-recheck-seconds", "2", "how long a session seen active is trusted without asking the database: without REDIS_URL a sign-out or password change on another server takes effect within this (with it, at once); 0 asks every time",
       [](Config& c, const std::string& v) { c.session_recheck_seconds = static_cast<int>(parse_integer("BRIGHTPATH_SESSION_RECHECK_SECONDS", v, 0, 300)); }},
      {"BRIGHTPATH_EDIT_SESSIONS", "--edit-sessions", "16", "plans whose latest version saved by edit commands keeps its validation session in memory, so the next edit starts from it (0: none)",
       [](Config& c, const std::string& v) { c.edit_sessions = static_cast<int>(parse_integer("BRIGHTPATH_EDIT_SESSIONS", v, 0, 10000)); }},
      {"BRIGHTPATH_ARGON2_MEMORY_KIB", "--argon2-memory-kib", "19456", "argon2id memory cost of new password hashes",
       [](Config& c, const std::string& v) { c.argon2_memory_kib = static_cast<std::uint32_t>(parse_integer("BRIGHTPATH_ARGON2_MEMORY_KIB", v, 8, 4 * 1024 * 1024)); }},
      {"BRIGHTPATH_SIGNIN_FREE_FAILURES", "--signin-free-failures", "3", "failed sign-ins of one account before each further try must wait, doubling from 1 s",
       [](Config& c, const std::string& v) { c.signin_free_failures = static_cast<int>(parse_integer("BRIGHTPATH_SIGNIN_FREE_FAILURES", v, 1, 1000)); }},
      {"BRIGHTPATH_SIGNIN_LOCK_FAILURES", "--signin-lock-failures", "10", "failed sign-ins of one account that refuse it for the rest of the window",
       [](Config& c, const std::string& v) { c.signin_lock_failures = static_cast<int>(parse_integer("BRIGHTPATH_SIGNIN_LOCK_FAILURES", v, 1, 100000)); }},
      {"BRIGHTPATH_SIGNIN_ADDRESS_LOCK_FAILURES", "--signin-address-lock-failures", "50", "failed sign-ins from one client address that refuse it for the rest of the window",
       [](Config& c, const std::string& v) { c.signin_address_lock_failures = static_cast<int>(parse_integer("BRIGHTPATH_SIGNIN_ADDRESS_LOCK_FAILURES", v, 1, 1000000)); }},
      {"BRIGHTPATH_SIGNIN_WINDOW_SECONDS", "--signin-window-seconds", "900", "how long failed sign-ins count",
       [](Config& c, const std::string& v) { c.signin_window_seconds = static_cast<int>(parse_integer("BRIGHTPATH_SIGNIN_WINDOW_SECONDS", v, 1, 86400)); }},
      {"BRIGHTPATH_SOLVE_WORKERS", "--solve-workers", "1", "solver threads in this process (0: jobs run only in --worker processes)",
       [](Config& c, const std::string& v) { c.solve_workers = static_cast<int>(parse_integer("BRIGHTPATH_SOLVE_WORKERS", v, 0, 64)); }},
      {"BRIGHTPATH_SOLVE_MAX_SECONDS", "--solve-max-seconds", "30", "cap on a solve job's time budget",
       [](Config& c, const std::string& v) { c.solve_max_seconds = static_cast<int>(parse_integer("BRIGHTPATH_SOLVE_MAX_SECONDS", v, 1, 3600)); }},
      {"BRIGHTPATH_JOB_LEASE_SECONDS", "--job-lease-seconds", "15", "a job whose worker stops renewing its lease is claimed again after this",
       [](Config& c, const std::string& v) { c.job_lease_seconds = static_cast<int>(parse_integer("BRIGHTPATH_JOB_LEASE_SECONDS", v, 1, 3600)); }},
      {"BRIGHTPATH_JOB_POLL_MS", "--job-poll-ms", "1000", "how often an idle worker looks for jobs queued by other processes",
       [](Config& c, const std::string& v) { c.job_poll_ms = static_cast<int>(parse_integer("BRIGHTPATH_JOB_POLL_MS", v, 10, 60000)); }},
      {"BRIGHTPATH_HOUSEHOLD_ACTIVE_JOBS", "--household-active-jobs", "2", "solve jobs one household may have queued or running at once (429 beyond)",
       [](Config& c, const std::string& v) { c.household_active_jobs = static_cast<int>(parse_integer("BRIGHTPATH_HOUSEHOLD_ACTIVE_JOBS", v, 1, 1000)); }},
      {"BRIGHTPATH_RATE_LIMIT_PER_MINUTE", "--rate-limit-per-minute", "600", "API requests per client address and minute, sustained (429 beyond); 0 turns the limit off",
       [](Config& c, const std::string& v) { c.rate_limit_per_minute = static_cast<int>(parse_integer("BRIGHTPATH_RATE_LIMIT_PER_MINUTE", v, 0, 100000000)); }},
      {"BRIGHTPATH_RATE_LIMIT_BURST", "--rate-limit-burst", "120", "API requests a client address may make at once before the per-minute rate applies",
       [](Config& c, const std::string& v) { c.rate_limit_burst = static_cast<int>(parse_integer("BRIGHTPATH_RATE_LIMIT_BURST", v, 1, 100000000)); }},
      {"BRIGHTPATH_SHUTDOWN_DRAIN_SECONDS", "--shutdown-drain-seconds", "0", "after SIGTERM keep serving this long while /readyz answers 503, so a load balancer stops sending requests first",
       [](Config& c, const std::string& v) { c.shutdown_drain_seconds = static_cast<int>(parse_integer("BRIGHTPATH_SHUTDOWN_DRAIN_SECONDS", v, 0, 600)); }},
      {"BRIGHTPATH_TRUST_PROXY", "--trust-proxy", "0", "1 behind a load balancer: the client address is the last X-Forwarded-For entry",
       [](Config& c, const std::string& v) { c.trust_proxy = parse_bool("BRIGHTPATH_TRUST_PROXY", v); }},
  };
  return all;
}

}  // namespace

std::map<std::string, std::string> process_environment() {
  std::map<std::string, std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string entry(*e);
    auto eq = entry.find('=');
    if (eq != std::string::npos) env.emplace(entry.substr(0, eq), entry.substr(eq + 1));
  }
  return env;
}

Config load_config(const std::map<std::string, std::string>& env, const std::vector<std::string>& args) {
  Config config;
  std::map<std::string, std::string> values;
  for (const Setting& s : settings()) {
    if (auto it = env.find(s.env); it != env.end()) values[s.env] = it->second;
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--migrate-only" || arg == "--routes" || arg == "--worker") {
      (arg == "--routes" ? config.print_routes : arg == "--worker" ? config.worker_mode : config.migrate_only) = true;
      continue;
    }
    std::string flag = arg;
    std::optional<std::string> value;
    if (auto eq = arg.find('='); eq != std::string::npos) {
      flag = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    const Setting* match = nullptr;
    for (const Setting& s : settings()) {
      if (s.flag != nullptr && flag == s.flag) match = &s;
    }
    if (match == nullptr) throw ConfigError("unknown option " + flag + " (see --help)");
    if (!value) {
      if (i + 1 >= args.size()) throw ConfigError(flag + " needs a value");
      value = args[++i];
    }
    values[match->env] = *value;
  }
  for (const Setting& s : settings()) {
    auto it = values.find(s.env);
    s.apply(config, it != values.end() ? it->second : s.fallback);
  }
  // Set to "" on purpose, it serves no app; unset, the app built in this checkout is found.
  if (!values.contains("BRIGHTPATH_WEB_ROOT") && std::filesystem::is_regular_file("web/dist/index.html")) config.web_root = "web/dist";
  if (config.public_url.empty()) config.public_url = "http://localhost:" + std::to_string(config.port);
  if (config.production) {
    if (config.signing_key.empty()) throw ConfigError("BRIGHTPATH_SIGNING_KEY is required in production");
    if (config.database_url.empty()) throw ConfigError("DATABASE_URL is required in production");
  }
  if (!config.signing_key.empty() && config.signing_key.size() < 32) {
    throw ConfigError("BRIGHTPATH_SIGNING_KEY must be at least 32 bytes");
  }
  if (!config.signing_key_previous.empty() && config.signing_key_previous.size() < 32) {
    throw ConfigError("BRIGHTPATH_SIGNING_KEY_PREVIOUS must be at least 32 bytes");
  }
  if (!config.signing_key_previous.empty() && config.signing_key.empty()) {
    throw ConfigError("BRIGHTPATH_SIGNING_KEY_PREVIOUS is set without BRIGHTPATH_SIGNING_KEY");
  }
  // Terraform starts the previous key's secret with the current value: "not rotating".
  if (config.signing_key_previous == config.signing_key) config.signing_key_previous.clear();
  if (config.signing_key.empty()) {
    config.signing_key = crypto::random_bytes(32);
    config.signing_key_generated = true;
  }
  if (config.database_url.empty() && !config.print_routes) {
    throw ConfigError("DATABASE_URL is not set (scripts/start.sh starts a private PostgreSQL and sets it)");
  }
  return config;
}

std::string config_help() {
  std::ostringstream out;
  out << "brightpath-server: the BrightPath API (docs/server.md)\n\n"
         "Every setting is an environment variable; most can also be given as a flag (--flag VALUE or --flag=VALUE).\n"
         "  --migrate-only    apply database migrations and exit\n"
         "  --routes          print the route table (method and path pattern) and exit\n"
         "  --worker          solve jobs only (BRIGHTPATH_SOLVE_WORKERS threads, at least 1), no HTTP\n\n";
  for (const Setting& s : settings()) {
    out << "  " << s.env;
    if (s.flag != nullptr) out << " / " << s.flag;
    out << " (default: " << (*s.fallback != 0 ? s.fallback : "none") << ")\n      " << s.help << "\n";
  }
  return out.str();
}

}  // namespace brightpath::server
