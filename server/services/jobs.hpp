// Solve jobs as the API sees them: submit (per-household limit, capped time budget), read,
// list, cancel, and the draft a finished job leaves, which a parent accepts as a new plan
// version (If-Match like any save) or discards. JobRunner (job_runner.hpp) runs them.
#pragma once

#include <boost/json.hpp>
#include <functional>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "services/households.hpp"
#include "services/plans.hpp"
#include "storage/database.hpp"

namespace brightpath::server {

struct SolveRequest {
  std::optional<int> time_budget_ms;
  std::optional<std::int64_t> seed;
  std::optional<std::string> may_move;  // "unplaced" (default) or "all"
  std::optional<bool> stop_when_stalled;
};

class JobService {
 public:
  JobService(storage::Pool& pool, const Config& config, HouseholdService& households, PlanService& plans)
      : pool_(pool), config_(config), households_(households), plans_(plans) {}

  // Called after a job is queued, so a worker thread of this process starts at once.
  void on_submitted(std::function<void()> wake) { wake_ = std::move(wake); }

  boost::json::object submit(const Principal& who, const std::string& household_id, const std::string& plan_id,
                             const SolveRequest& request);
  boost::json::object get(const Principal& who, const std::string& household_id, const std::string& job_id);
  boost::json::array list(const Principal& who, const std::string& household_id);
  boost::json::object cancel(const Principal& who, const std::string& household_id, const std::string& job_id);
  PlanDocument draft(const Principal& who, const std::string& household_id, const std::string& job_id);
  SavedVersion accept(const Principal& who, const std::string& household_id, const std::string& job_id, int if_match);
  boost::json::object discard(const Principal& who, const std::string& household_id, const std::string& job_id);

 private:
  storage::Pool& pool_;
  const Config& config_;
  HouseholdService& households_;
  PlanService& plans_;
  std::function<void()> wake_;
};

}  // namespace brightpath::server
