// The server's configuration: environment variables, each also settable by a flag of the
// same name (`BRIGHTPATH_PORT` = `--port`); flags win. Nothing is read from files. The table
// in config.cpp is the one list; `brightpath-server --help` prints it.
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace brightpath::server {

struct Config {
  bool production = false;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string database_url;
  std::string redis_url;     // empty: rate limits, sign-in counts and the session cache stay in this process / PostgreSQL
  int redis_timeout_ms = 250;  // connecting to Redis and each command
  std::string signing_key;  // HMAC key of access tokens: signs and verifies
  // During a key rotation, the key before it: verifies tokens it signed until they expire
  // (docs/operations/rotate-signing-key.md); empty, or equal to signing_key, when none.
  std::string signing_key_previous;
  std::string web_root;     // the built web app served at /; "" serves none
  std::string public_url;   // where invitation links point; default http://localhost:<port>
  int http_threads = 16;
  int db_pool_size = 16;
  std::size_t max_body_bytes = 17U * 1024U * 1024U;  // the core accepts plans up to 16 MiB
  int access_token_seconds = 900;
  int session_days = 30;
  int edit_sessions = 16;  // plans whose latest edited version's ValidationSession is kept in memory
  int session_recheck_seconds = 2;  // how long a session seen active is trusted without asking the database
  std::uint32_t argon2_memory_kib = 19 * 1024;
  int signin_free_failures = 3;     // per account, before each further try must wait
  int signin_lock_failures = 10;    // per account: refused until the window passes
  int signin_address_lock_failures = 50;
  int signin_window_seconds = 900;
  int rate_limit_per_minute = 600;  // per client address on /api/; 0 = no limit
  int rate_limit_burst = 120;
  bool trust_proxy = false;         // take the client address from X-Forwarded-For (behind an ALB)
  int shutdown_drain_seconds = 0;   // after SIGTERM: keep serving, /readyz says 503, then stop
  int solve_workers = 1;            // solver threads in this process (0: only --worker processes solve)
  int solve_max_seconds = 30;       // cap on a job's time budget
  int job_lease_seconds = 15;       // a job whose worker stops renewing is claimed again after this
  int job_poll_ms = 1000;           // how often idle workers look for jobs queued elsewhere
  int household_active_jobs = 2;    // queued + running jobs per household
  bool worker_mode = false;         // --worker: solve jobs, serve no HTTP
  bool migrate_only = false;
  bool print_routes = false;
  bool signing_key_generated = false;  // development without a key: a random one per process
};

struct ConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads `env` (the process environment) and `args` (argv without the program name).
// Throws ConfigError naming the variable and what is wrong; `--help` is handled by main.
Config load_config(const std::map<std::string, std::string>& env, const std::vector<std::string>& args);
std::map<std::string, std::string> process_environment();
std::string config_help();

}  // namespace brightpath::server
