// Every route of the API, registered by area. docs/api/openapi.json documents the same
// table; tests/server/openapi.test.mjs keeps the two equal.
#pragma once

#include <atomic>

#include "config/config.hpp"
#include "http/router.hpp"
#include "services/accounts.hpp"
#include "services/household_export.hpp"
#include "services/households.hpp"
#include "services/jobs.hpp"
#include "services/plans.hpp"
#include "shared_state/redis.hpp"
#include "storage/database.hpp"

namespace brightpath::server::http {

struct App {
  const Config& config;
  storage::Pool& pool;
  AccountService& accounts;
  HouseholdService& households;
  PlanService& plans;
  JobService& jobs;
  HouseholdExport& exporter;
  std::atomic<bool>& shutting_down;
  shared_state::RedisClient* redis = nullptr;  // null without REDIS_URL
};

// 201 with the new version in ETag and the body {"id","version","diagnostics"}.
void answer_saved(Context& ctx, const SavedVersion& saved);

void add_health_routes(Router& router, App& app);
void add_account_routes(Router& router, App& app);
void add_household_routes(Router& router, App& app);
void add_plan_routes(Router& router, App& app);
void add_job_routes(Router& router, App& app);

}  // namespace brightpath::server::http
