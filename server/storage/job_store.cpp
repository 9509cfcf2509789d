#include "storage/job_store.hpp"

#include "storage/timestamps.hpp"

namespace brightpath::server::storage {
namespace {

const std::string kColumns =
    "id, household_id, plan_id, base_version, status, time_budget_ms, seed, may_move, stop_when_stalled,"
    " cancel_requested, attempts, progress, result, draft_state, accepted_version, error, " +
    utc_text("created_at") + ", " + utc_text("started_at") + ", " + utc_text("finished_at");

JobRow job_from(const Rows& r, std::size_t i) {
  JobRow j;
  j.id = r.text(i, 0);
  j.household_id = r.text(i, 1);
  j.plan_id = r.text(i, 2);
  j.base_version = static_cast<int>(r.integer(i, 3));
  j.status = r.text(i, 4);
  j.time_budget_ms = static_cast<int>(r.integer(i, 5));
  j.seed = r.integer(i, 6);
  j.may_move = r.text(i, 7);
  j.stop_when_stalled = r.text(i, 8) == "t";
  j.cancel_requested = r.text(i, 9) == "t";
  j.attempts = static_cast<int>(r.integer(i, 10));
  j.progress = r.optional_text(i, 11);
  j.result = r.optional_text(i, 12);
  j.draft_state = r.optional_text(i, 13);
  if (!r.is_null(i, 14)) j.accepted_version = static_cast<int>(r.integer(i, 14));
  j.error = r.optional_text(i, 15);
  j.created_at = r.text(i, 16);
  j.started_at = r.optional_text(i, 17);
  j.finished_at = r.optional_text(i, 18);
  return j;
}

}  // namespace

std::int64_t lock_and_count_active_jobs(Connection& c, const std::string& household_id) {
  c.exec("SELECT 1 FROM households WHERE id = $1 FOR UPDATE", {household_id});
  return c.exec("SELECT count(*) FROM solve_jobs WHERE household_id = $1 AND status IN ('queued', 'running')",
                {household_id})
      .integer(0, 0);
}

std::string insert_job(Connection& c, const NewJob& j) {
  return c.exec(
              "INSERT INTO solve_jobs (household_id, plan_id, base_version, requested_by, time_budget_ms, seed, may_move,"
              " stop_when_stalled) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
              {j.household_id, j.plan_id, std::to_string(j.base_version), j.requested_by, std::to_string(j.time_budget_ms),
               std::to_string(j.seed), j.may_move, j.stop_when_stalled ? "true" : "false"})
      .text(0, 0);
}

std::optional<JobRow> find_job(Connection& c, const std::string& household_id, const std::string& job_id) {
  Rows r = c.exec("SELECT " + kColumns + " FROM solve_jobs WHERE household_id = $1 AND id = $2", {household_id, job_id});
  if (r.empty()) return std::nullopt;
  return job_from(r, 0);
}

std::vector<JobRow> jobs_of(Connection& c, const std::string& household_id) {
  Rows r = c.exec("SELECT " + kColumns + " FROM solve_jobs WHERE household_id = $1 ORDER BY created_at DESC, id",
                  {household_id});
  std::vector<JobRow> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(job_from(r, i));
  return out;
}

bool request_cancel(Connection& c, const std::string& household_id, const std::string& job_id) {
  // A queued job is cancelled at once; a running one when its worker next reports.
  Rows r = c.exec(
      "UPDATE solve_jobs SET cancel_requested = true,"
      " status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,"
      " finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END"
      " WHERE household_id = $1 AND id = $2 RETURNING id",
      {household_id, job_id});
  return !r.empty();
}

std::optional<JobRow> claim_job(Connection& c, const std::string& owner, int lease_seconds) {
  Rows r = c.exec(
      "UPDATE solve_jobs SET status = 'running', lease_owner = $1,"
      " lease_expires_at = now() + make_interval(secs => $2::int), attempts = attempts + 1,"
      " started_at = coalesce(started_at, now())"
      " WHERE id = (SELECT id FROM solve_jobs"
      "             WHERE status = 'queued' OR (status = 'running' AND lease_expires_at < now())"
      "             ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)"
      " RETURNING " + kColumns,
      {owner, std::to_string(lease_seconds)});
  if (r.empty()) return std::nullopt;
  return job_from(r, 0);
}

std::optional<bool> renew_lease(Connection& c, const std::string& job_id, const std::string& owner, int lease_seconds,
                                const std::string& progress) {
  Rows r = c.exec(
      "UPDATE solve_jobs SET lease_expires_at = now() + make_interval(secs => $3::int), progress = $4"
      " WHERE id = $1 AND lease_owner = $2 AND status = 'running' RETURNING cancel_requested",
      {job_id, owner, std::to_string(lease_seconds), progress});
  if (r.empty()) return std::nullopt;
  return r.text(0, 0) == "t";
}

bool finish_job(Connection& c, const std::string& job_id, const std::string& owner, const std::string& status,
                const std::optional<std::string>& result, const std::optional<std::string>& draft,
                const std::optional<std::string>& draft_diagnostics, const std::optional<std::string>& error) {
  Rows r = c.exec(
      "UPDATE solve_jobs SET status = $3, result = $4, draft = $5, draft_diagnostics = $6, error = $7,"
      " draft_state = CASE WHEN $5::text IS NULL THEN NULL ELSE 'pending' END,"
      " lease_owner = NULL, lease_expires_at = NULL, finished_at = now()"
      " WHERE id = $1 AND lease_owner = $2 AND status = 'running' RETURNING id",
      {job_id, owner, status, result, draft, draft_diagnostics, error});
  return !r.empty();
}

void release_job(Connection& c, const std::string& job_id, const std::string& owner) {
  c.exec(
      "UPDATE solve_jobs SET status = 'queued', lease_owner = NULL, lease_expires_at = NULL"
      " WHERE id = $1 AND lease_owner = $2 AND status = 'running'",
      {job_id, owner});
}

std::optional<DraftRow> job_draft(Connection& c, const std::string& job_id) {
  Rows r = c.exec("SELECT draft, draft_diagnostics FROM solve_jobs WHERE id = $1 AND draft IS NOT NULL", {job_id});
  if (r.empty()) return std::nullopt;
  return DraftRow{r.text(0, 0), r.text(0, 1)};
}

void set_draft_state(Connection& c, const std::string& job_id, const std::string& state, std::optional<int> accepted_version) {
  c.exec("UPDATE solve_jobs SET draft_state = $2, accepted_version = $3 WHERE id = $1",
         {job_id, state, accepted_version ? std::optional(std::to_string(*accepted_version)) : std::nullopt});
}

JobCounts job_counts(Connection& c) {
  // One scan for the counts and the oldest queued job's wait, on the database's clock (the
  // one created_at was stamped with), in whole milliseconds; 0 when nothing is queued.
  Rows r = c.exec(
      "SELECT count(*) FILTER (WHERE status = $1), count(*) FILTER (WHERE status = $2),"
      " count(*) FILTER (WHERE status = $3),"
      " coalesce(floor(extract(epoch FROM now() - min(created_at) FILTER (WHERE status = $1)) * 1000), 0)::bigint"
      " FROM solve_jobs",
      {"queued", "running", "failed"});
  return {r.integer(0, 0), r.integer(0, 1), r.integer(0, 2), static_cast<double>(r.integer(0, 3)) / 1000.0};
}

}  // namespace brightpath::server::storage
