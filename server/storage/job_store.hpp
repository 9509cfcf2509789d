// SQL of solve jobs: submission, claiming with FOR UPDATE SKIP LOCKED under a lease,
// progress and lease renewal, results and drafts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace brightpath::server::storage {

struct JobRow {
  std::string id;
  std::string household_id;
  std::string plan_id;
  int base_version = 0;
  std::string status;
  int time_budget_ms = 0;
  std::int64_t seed = 1;
  std::string may_move;
  bool stop_when_stalled = true;
  bool cancel_requested = false;
  int attempts = 0;
  std::optional<std::string> progress;
  std::optional<std::string> result;
  std::optional<std::string> draft_state;
  std::optional<int> accepted_version;
  std::optional<std::string> error;
  std::string created_at;
  std::optional<std::string> started_at;
  std::optional<std::string> finished_at;
};

struct NewJob {
  std::string household_id;
  std::string plan_id;
  int base_version = 0;
  std::string requested_by;
  int time_budget_ms = 0;
  std::int64_t seed = 1;
  std::string may_move;
  bool stop_when_stalled = true;
};

// Locks the household row and counts its queued and running jobs (the per-household limit
// is checked under that lock, so two submissions cannot both pass it).
std::int64_t lock_and_count_active_jobs(Connection& c, const std::string& household_id);
std::string insert_job(Connection& c, const NewJob& job);
std::optional<JobRow> find_job(Connection& c, const std::string& household_id, const std::string& job_id);
std::vector<JobRow> jobs_of(Connection& c, const std::string& household_id);
bool request_cancel(Connection& c, const std::string& household_id, const std::string& job_id);

// The oldest queued job, or a running one whose lease ran out, now leased to `owner`.
std::optional<JobRow> claim_job(Connection& c, const std::string& owner, int lease_seconds);
// Renews the lease and stores progress; nullopt when the lease is no longer ours,
// otherwise whether a cancel was requested.
std::optional<bool> renew_lease(Connection& c, const std::string& job_id, const std::string& owner, int lease_seconds,
                                const std::string& progress);
bool finish_job(Connection& c, const std::string& job_id, const std::string& owner, const std::string& status,
                const std::optional<std::string>& result, const std::optional<std::string>& draft,
                const std::optional<std::string>& draft_diagnostics, const std::optional<std::string>& error);
// Hands a claimed job back to the queue (graceful shutdown).
void release_job(Connection& c, const std::string& job_id, const std::string& owner);

struct DraftRow {
  std::string document;
  std::string diagnostics;
};
std::optional<DraftRow> job_draft(Connection& c, const std::string& job_id);
void set_draft_state(Connection& c, const std::string& job_id, const std::string& state, std::optional<int> accepted_version);

struct JobCounts {
  std::int64_t queued = 0, running = 0, failed = 0;
  // How long the oldest queued job has waited since it was submitted (a job handed back by
  // a stopping worker keeps its submission time): what a parent waits before solving starts.
  double oldest_queued_seconds = 0;
};
JobCounts job_counts(Connection& c);

}  // namespace brightpath::server::storage
