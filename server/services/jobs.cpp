#include "services/jobs.hpp"

#include "services/api_error.hpp"
#include "storage/job_store.hpp"
#include "storage/plan_store.hpp"

namespace brightpath::server {
namespace {

boost::json::value parsed_or_null(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(*text, ec);
  return ec ? boost::json::value(nullptr) : v;
}

boost::json::value text_or_null(const std::optional<std::string>& s) { return s ? boost::json::value(*s) : nullptr; }

boost::json::object job_json(const storage::JobRow& j) {
  boost::json::object o{{"id", j.id},
                        {"plan_id", j.plan_id},
                        {"base_version", j.base_version},
                        {"status", j.status},
                        {"attempts", j.attempts},
                        {"cancel_requested", j.cancel_requested},
                        {"options",
                         {{"time_budget_ms", j.time_budget_ms},
                          {"seed", j.seed},
                          {"may_move", j.may_move},
                          {"stop_when_stalled", j.stop_when_stalled}}},
                        {"progress", parsed_or_null(j.progress)},
                        {"result", parsed_or_null(j.result)},
                        {"error", text_or_null(j.error)},
                        {"created_at", j.created_at},
                        {"started_at", text_or_null(j.started_at)},
                        {"finished_at", text_or_null(j.finished_at)}};
  if (j.draft_state) {
    o["draft"] = {{"state", *j.draft_state},
                  {"accepted_version", j.accepted_version ? boost::json::value(*j.accepted_version) : nullptr}};
  } else {
    o["draft"] = nullptr;
  }
  return o;
}

}  // namespace

boost::json::object JobService::submit(const Principal& who, const std::string& household_id, const std::string& plan_id,
                                       const SolveRequest& request) {
  households_.require(who, household_id, Role::guardian);
  PlanDocument current = plans_.get(who, household_id, plan_id);
  storage::NewJob job;
  job.household_id = household_id;
  job.plan_id = plan_id;
  job.base_version = current.version;
  job.requested_by = who.account_id;
  const int cap = config_.solve_max_seconds * 1000;
  const int budget = request.time_budget_ms.value_or(std::min(5000, cap));
  if (budget < 100) {
    throw ApiError(400, "invalid_request", "time_budget_ms: at least 100", boost::json::object{{"field", "time_budget_ms"}});
  }
  job.time_budget_ms = std::min(budget, cap);  // capped, not refused: the answer shows the budget used
  job.seed = request.seed.value_or(1);
  job.may_move = request.may_move.value_or("unplaced");
  if (job.may_move != "unplaced" && job.may_move != "all") {
    throw ApiError(400, "invalid_request", "may_move: expected \"unplaced\" or \"all\"", boost::json::object{{"field", "may_move"}});
  }
  job.stop_when_stalled = request.stop_when_stalled.value_or(true);
  std::string id = pool_.transaction([&](storage::Connection& c) {
    if (storage::lock_and_count_active_jobs(c, household_id) >= config_.household_active_jobs) {
      ApiError e(429, "too_many_jobs",
                 "this household already has " + std::to_string(config_.household_active_jobs) +
                     " solve jobs queued or running; wait for one to finish or cancel one");
      e.retry_after = 5;
      throw e;
    }
    return storage::insert_job(c, job);
  });
  if (wake_) wake_();
  return get(who, household_id, id);
}

boost::json::object JobService::get(const Principal& who, const std::string& household_id, const std::string& job_id) {
  households_.require(who, household_id, Role::viewer);
  if (!is_uuid(job_id)) throw not_found();
  auto job = pool_.with([&](storage::Connection& c) { return storage::find_job(c, household_id, job_id); });
  if (!job) throw not_found();
  return job_json(*job);
}

boost::json::array JobService::list(const Principal& who, const std::string& household_id) {
  households_.require(who, household_id, Role::viewer);
  auto rows = pool_.with([&](storage::Connection& c) { return storage::jobs_of(c, household_id); });
  boost::json::array out;
  for (const auto& j : rows) out.push_back(job_json(j));
  return out;
}

boost::json::object JobService::cancel(const Principal& who, const std::string& household_id, const std::string& job_id) {
  households_.require(who, household_id, Role::guardian);
  if (!is_uuid(job_id)) throw not_found();
  if (!pool_.with([&](storage::Connection& c) { return storage::request_cancel(c, household_id, job_id); })) throw not_found();
  return get(who, household_id, job_id);
}

PlanDocument JobService::draft(const Principal& who, const std::string& household_id, const std::string& job_id) {
  auto job = get(who, household_id, job_id);
  auto row = pool_.with([&](storage::Connection& c) { return storage::job_draft(c, job_id); });
  if (!row) throw ApiError(404, "no_draft", "this job has no draft (yet)");
  PlanDocument d;
  d.plan = {std::string(job["plan_id"].as_string()), "", static_cast<int>(job["base_version"].as_int64()), "", "", 0, 0};
  d.version = d.plan.version;
  d.document = std::move(row->document);
  d.diagnostics = std::move(row->diagnostics);
  return d;
}

SavedVersion JobService::accept(const Principal& who, const std::string& household_id, const std::string& job_id, int if_match) {
  households_.require(who, household_id, Role::guardian);
  auto job = get(who, household_id, job_id);
  if (job["draft"].is_null() || job["draft"].as_object()["state"] != "pending") {
    throw ApiError(409, "draft_not_pending", "this job has no draft waiting to be accepted");
  }
  auto row = pool_.with([&](storage::Connection& c) { return storage::job_draft(c, job_id); });
  if (!row) throw ApiError(409, "draft_not_pending", "this job has no draft waiting to be accepted");
  SavedVersion saved = plans_.save(who, household_id, std::string(job["plan_id"].as_string()), if_match, row->document, "solve");
  pool_.with([&](storage::Connection& c) { storage::set_draft_state(c, job_id, "accepted", saved.version); });
  return saved;
}

boost::json::object JobService::discard(const Principal& who, const std::string& household_id, const std::string& job_id) {
  households_.require(who, household_id, Role::guardian);
  auto job = get(who, household_id, job_id);
  if (job["draft"].is_null() || job["draft"].as_object()["state"] != "pending") {
    throw ApiError(409, "draft_not_pending", "this job has no draft waiting to be accepted");
  }
  pool_.with([&](storage::Connection& c) { storage::set_draft_state(c, job_id, "discarded", std::nullopt); });
  return get(who, household_id, job_id);
}

}  // namespace brightpath::server
