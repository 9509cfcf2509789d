#include "storage/migrations.hpp"

#include <algorithm>
#include <set>

namespace brightpath::server::storage {
namespace {
// Any fixed number, the same for every server of this application.
constexpr const char* kMigrationLockKey = "7264530117";
}  // namespace

int latest_schema_version() {
  const auto& all = embedded_migrations();
  return all.empty() ? 0 : all.back().version;
}

int applied_schema_version(Connection& conn) {
  Rows exists = conn.exec("SELECT to_regclass('public.schema_migrations') IS NOT NULL");
  if (exists.text(0, 0) != "t") return 0;
  Rows rows = conn.exec("SELECT coalesce(max(version), 0) FROM schema_migrations");
  return static_cast<int>(rows.integer(0, 0));
}

std::vector<int> apply_migrations(Pool& pool) {
  return pool.with([](Connection& conn) {
    conn.exec("SELECT pg_advisory_lock($1::bigint)", {kMigrationLockKey});
    std::vector<int> applied_now;
    try {
      conn.exec(
          "CREATE TABLE IF NOT EXISTS schema_migrations ("
          " version integer PRIMARY KEY, name text NOT NULL,"
          " applied_at timestamptz NOT NULL DEFAULT now())");
      std::set<int> done;
      Rows rows = conn.exec("SELECT version FROM schema_migrations");
      for (std::size_t i = 0; i < rows.size(); ++i) done.insert(static_cast<int>(rows.integer(i, 0)));
      for (const Migration& m : embedded_migrations()) {
        if (done.contains(m.version)) continue;
        conn.exec("BEGIN");
        try {
          conn.exec_script(m.sql);
          conn.exec("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                    {std::to_string(m.version), m.name});
          conn.exec("COMMIT");
        } catch (...) {
          if (conn.healthy()) conn.exec("ROLLBACK");
          throw;
        }
        applied_now.push_back(m.version);
      }
    } catch (...) {
      if (conn.healthy()) conn.exec("SELECT pg_advisory_unlock($1::bigint)", {kMigrationLockKey});
      throw;
    }
    conn.exec("SELECT pg_advisory_unlock($1::bigint)", {kMigrationLockKey});
    return applied_now;
  });
}

}  // namespace brightpath::server::storage
