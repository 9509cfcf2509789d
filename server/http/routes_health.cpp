// /healthz: the process answers. /readyz: it can serve (database reachable, schema current,
// not shutting down): what a load balancer's health check asks.
#include "http/openapi_document.hpp"
#include "http/routes.hpp"
#include "metrics.hpp"
#include "shared_state/shared_state.hpp"
#include "storage/job_store.hpp"
#include "storage/migrations.hpp"

namespace brightpath::server::http {

void add_health_routes(Router& router, App& app) {
  router.add("GET", "/healthz", false, [](Context& ctx) { ctx.json(200, {{"status", "ok"}}); });

  router.add("GET", "/readyz", false, [&app](Context& ctx) {
    if (app.shutting_down) {
      ctx.json(503, {{"status", "shutting_down"}});
      return;
    }
    try {
      const int applied = app.pool.with([](storage::Connection& c) { return storage::applied_schema_version(c); });
      const int latest = storage::latest_schema_version();
      if (applied < latest) {
        ctx.json(503, {{"status", "migrations_pending"}, {"schema_version", applied}, {"expected", latest}});
        return;
      }
      ctx.json(200, {{"status", "ready"}, {"schema_version", applied}});
    } catch (const storage::DatabaseUnavailable&) {
      ctx.json(503, {{"status", "database_unavailable"}});
    }
  });

  // Prometheus text format. Meant for the scraper inside the network; the load balancer
  // does not route it (docs/server.md).
  router.add("GET", "/metrics", false, [&app](Context& ctx) {
    std::string text = metrics().text();
    try {
      auto jobs = app.pool.with([](storage::Connection& c) { return storage::job_counts(c); });
      text += "# HELP brightpath_jobs Solve jobs in the database by status.\n# TYPE brightpath_jobs gauge\n";
      text += "brightpath_jobs{status=\"queued\"} " + std::to_string(jobs.queued) + "\n";
      text += "brightpath_jobs{status=\"running\"} " + std::to_string(jobs.running) + "\n";
      text += "brightpath_jobs{status=\"failed\"} " + std::to_string(jobs.failed) + "\n";
      text += "# HELP brightpath_jobs_oldest_queued_seconds How long the oldest queued solve job has waited (0: none queued).\n"
              "# TYPE brightpath_jobs_oldest_queued_seconds gauge\n";
      text += "brightpath_jobs_oldest_queued_seconds " + metric_number(jobs.oldest_queued_seconds) + "\n";
      text += "brightpath_database_up 1\n";
    } catch (const storage::DatabaseUnavailable&) {
      text += "brightpath_database_up 0\n";
    }
    if (app.redis != nullptr) {
      text += "# HELP brightpath_redis_up Whether Redis answered PING when scraped (shared state; see brightpath_redis_fallbacks_total).\n"
              "# TYPE brightpath_redis_up gauge\n";
      text += std::string("brightpath_redis_up ") + (shared_state::redis_answers(*app.redis) ? "1" : "0") + "\n";
    }
    ctx.res.status = 200;
    ctx.res.body = std::move(text);
    ctx.res.content_type = "text/plain; version=0.0.4";
  });

  router.add("GET", "/api/v1/openapi.json", false, [](Context& ctx) {
    ctx.raw_json(200, std::string(openapi_document()));
  });
}

}  // namespace brightpath::server::http
