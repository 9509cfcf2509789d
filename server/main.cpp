// brightpath-server: configuration, migrations, the HTTP server, and a clean stop on
// SIGTERM/SIGINT (stop accepting, let requests in progress finish, report not ready).
#include <csignal>
#include <cstdio>
#include <iostream>
#include <thread>

#include "config/config.hpp"
#include "http/httplib_server.hpp"
#include "http/routes.hpp"
#include "http/session_cookies.hpp"
#include "log.hpp"
#include "metrics.hpp"
#include "services/job_runner.hpp"
#include "shared_state/shared_state.hpp"
#include "storage/migrations.hpp"

using namespace brightpath::server;

namespace {

// The database may still be starting (a container's sidecar, start.sh's cluster): retry a
// little before giving up.
void migrate(storage::Pool& pool) {
  for (int attempt = 1;; ++attempt) {
    try {
      auto applied = storage::apply_migrations(pool);
      boost::json::array versions(applied.begin(), applied.end());
      log_line({{"level", "info"}, {"msg", "migrations applied"}, {"applied", versions},
                {"schema_version", storage::latest_schema_version()}});
      return;
    } catch (const storage::DatabaseUnavailable& e) {
      if (attempt >= 30) throw;
      log_event("warn", std::string("waiting for the database: ") + e.what());
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  for (const auto& a : args) {
    if (a == "--help" || a == "-h") {
      std::cout << config_help();
      return 0;
    }
  }
  // Block the stop signals in every thread; one thread waits for them (sigwait).
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  Config config;
  try {
    config = load_config(process_environment(), args);
  } catch (const ConfigError& e) {
    std::cerr << "brightpath-server: " << e.what() << "\n";
    return 2;
  }

  // A web root without the built app is a mistake to report now, not a 404 on every page.
  std::optional<http::StaticFiles> web_app;
  try {
    if (!config.web_root.empty()) web_app.emplace(config.web_root);
  } catch (const std::exception& e) {
    std::cerr << "brightpath-server: " << e.what() << "\n";
    return 2;
  }

  try {
    storage::Pool pool(config.database_url, static_cast<std::size_t>(config.db_pool_size), std::chrono::seconds(5));
    std::atomic<bool> shutting_down{false};
    metrics().describe("brightpath_http_requests_total", "counter", "HTTP requests by method, route pattern and status.");
    metrics().describe("brightpath_http_request_duration_seconds", "histogram", "HTTP request latency by method and route pattern.");
    metrics().describe("brightpath_validation_duration_seconds", "histogram", "Decoding and validating a plan document with the core.");
    metrics().describe("brightpath_solve_duration_seconds", "histogram", "Solve jobs, by how they ended.");
    metrics().describe("brightpath_signins_total", "counter", "Sign-in attempts: succeeded, failed (wrong credentials), refused (throttled or locked).");
    metrics().describe("brightpath_plan_saves_total", "counter", "Plan versions stored, by how they were made.");
    metrics().describe("brightpath_plan_save_conflicts_total", "counter", "Saves refused because the plan had moved on (409).");
    metrics().describe("brightpath_cache_hits_total", "counter", "Lookups answered by a cache, by cache (sessions: is this session still active?).");
    metrics().describe("brightpath_cache_misses_total", "counter", "Lookups a cache could not answer (the database was asked), by cache.");
    metrics().describe("brightpath_redis_fallbacks_total", "counter", "Redis calls that failed and were answered by the fallback, by use (rate_limit, signin_throttle, session_cache).");
    shared_state::SharedState shared = shared_state::make_shared_state(config, pool);
    AccountService accounts(pool, config, shared.signin_failures(), *shared.sessions);
    HouseholdService households(pool, config);
    PlanService plans(pool, households, static_cast<std::size_t>(config.edit_sessions));
    JobService jobs(pool, config, households, plans);
    HouseholdExport exporter(pool, households, jobs);
    http::App app{config, pool, accounts, households, plans, jobs, exporter, shutting_down, shared.redis.get()};
    http::Router router([&accounts](const http::Request& req) { return http::authenticate_request(req, accounts); });
    http::add_health_routes(router, app);
    http::add_account_routes(router, app);
    http::add_household_routes(router, app);
    http::add_plan_routes(router, app);
    http::add_job_routes(router, app);
    router.set_rate_limit(shared.rate_limit.get());

    if (web_app) router.set_static_files(&*web_app);

    if (config.print_routes) {  // the route table, for tests that compare it with the OpenAPI document
      for (const auto& r : router.routes()) std::cout << r.method << " " << r.pattern << "\n";
      return 0;
    }
    if (config.signing_key_generated) {
      log_event("warn", "BRIGHTPATH_SIGNING_KEY is not set: using a random key, so sessions end when the server restarts");
    }
    migrate(pool);
    if (config.migrate_only) return 0;
    if (shared.redis && !config.worker_mode) {
      // Not a reason to refuse to start: everything kept in Redis has a fallback.
      try {
        shared.redis->command({"PING"});
        log_line({{"level", "info"}, {"msg", "shared state in Redis"}, {"redis", shared.redis->address().display()}});
      } catch (const shared_state::RedisFailure& e) {
        log_line({{"level", "warn"}, {"msg", "Redis does not answer; using the fallbacks until it does"},
                  {"redis", shared.redis->address().display()}, {"reason", e.what()}});
      }
    }

    JobRunner runner(pool, config);
    if (config.worker_mode) {
      runner.start(std::max(1, config.solve_workers));
      log_line({{"level", "info"}, {"msg", "worker started"}, {"threads", std::max(1, config.solve_workers)}});
      int signal = 0;
      sigwait(&stop_signals, &signal);
      log_line({{"level", "info"}, {"msg", "stopping"}, {"signal", signal}});
      runner.stop();
      log_event("info", "stopped");
      return 0;
    }
    jobs.on_submitted([&runner] { runner.wake(); });
    runner.start(config.solve_workers);

    http::HttpServer server(config, router);
    if (!server.bind()) {
      std::cerr << "brightpath-server: cannot listen on " << config.host << ":" << config.port << "\n";
      return 1;
    }
    std::thread signal_waiter([&] {
      int signal = 0;
      sigwait(&stop_signals, &signal);
      log_line({{"level", "info"}, {"msg", "stopping"}, {"signal", signal}});
      shutting_down = true;  // /readyz answers 503 from now on
      if (config.shutdown_drain_seconds > 0) std::this_thread::sleep_for(std::chrono::seconds(config.shutdown_drain_seconds));
      server.stop();
    });
    log_line({{"level", "info"}, {"msg", "listening"}, {"url", "http://" + config.host + ":" + std::to_string(config.port)},
              {"production", config.production}, {"web_root", config.web_root}});
    server.run();
    if (!shutting_down) {  // run() ended without a signal: wake the waiter so it can be joined
      kill(getpid(), SIGTERM);
    }
    signal_waiter.join();
    runner.stop();  // after the last request: jobs being solved go back to the queue
    log_event("info", "stopped");
    return 0;
  } catch (const std::exception& e) {
    log_event("error", e.what());
    return 1;
  }
}
