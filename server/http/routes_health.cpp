// /healthz: the process answers. /readyz: it can serve (database reachable, schema current,
// not shutting down): what a load balancer's health check asks.
#include "http/openapi_document.hpp"
#include "http/routes.hpp"
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

  router.add("GET", "/api/v1/openapi.json", false, [](Context& ctx) {
    ctx.raw_json(200, std::string(openapi_document()));
  });
}

}  // namespace brightpath::server::http
