#include "services/job_runner.hpp"

#include <brightpath/plan_json.hpp>
#include <brightpath/solve.hpp>
#include <brightpath/solve_json.hpp>
#include <brightpath/validate.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <unistd.h>

#include "crypto/tokens.hpp"
#include "log.hpp"
#include "metrics.hpp"
#include "storage/job_store.hpp"
#include "storage/plan_store.hpp"

namespace brightpath::server {
namespace {
constexpr auto kProgressInterval = std::chrono::milliseconds(250);
}  // namespace

JobRunner::JobRunner(storage::Pool& pool, const Config& config) : pool_(pool), config_(config) {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  owner_prefix_ = std::string(host) + ":" + std::to_string(getpid()) + ":" + crypto::random_token(6);
}

JobRunner::~JobRunner() { stop(); }

void JobRunner::start(int threads) {
  for (int i = 0; i < threads; ++i) threads_.emplace_back([this, i] { loop(i); });
}

void JobRunner::stop() {
  stopping_ = true;
  wake_.notify_all();
  for (auto& t : threads_) {
    if (t.joinable()) t.join();
  }
  threads_.clear();
}

void JobRunner::wake() { wake_.notify_one(); }

void JobRunner::loop(int index) {
  const std::string owner = owner_prefix_ + ":" + std::to_string(index);
  while (!stopping_) {
    bool worked = false;
    try {
      worked = run_one(owner);
    } catch (const std::exception& e) {
      log_line({{"level", "warn"}, {"msg", "solve worker"}, {"error", e.what()}});
    }
    if (!worked && !stopping_) {
      // Jobs queued by other processes, and leases running out, are found by polling.
      std::unique_lock lock(mutex_);
      wake_.wait_for(lock, std::chrono::milliseconds(config_.job_poll_ms));
    }
  }
}

bool JobRunner::run_one(const std::string& owner) {
  const int lease = config_.job_lease_seconds;
  auto job = pool_.with([&](storage::Connection& c) { return storage::claim_job(c, owner, lease); });
  if (!job) return false;
  log_line({{"level", "info"}, {"msg", "job claimed"}, {"job", job->id}, {"attempt", job->attempts}, {"worker", owner}});
  const auto started = std::chrono::steady_clock::now();

  auto fail = [&](const std::string& why) {
    pool_.with([&](storage::Connection& c) {
      storage::finish_job(c, job->id, owner, "failed", std::nullopt, std::nullopt, std::nullopt, why);
    });
  };
  auto version = pool_.with([&](storage::Connection& c) { return storage::find_version(c, job->plan_id, job->base_version); });
  if (!version) {
    fail("the plan version to solve no longer exists");
    return true;
  }
  Decoded<Plan> plan = decode_plan(version->document);
  if (!plan.ok()) {
    fail("the stored plan does not decode");
    return true;
  }

  bool cancelled = false;
  bool lease_lost = false;
  bool handed_back = false;
  auto last_report = std::chrono::steady_clock::now() - kProgressInterval;
  SolveOptions options;
  options.time_budget_ms = job->time_budget_ms;
  options.seed = static_cast<std::uint64_t>(job->seed);
  options.may_move = job->may_move == "all" ? MoveScope::all_unlocked : MoveScope::unplaced_only;
  options.stall_iterations = job->stop_when_stalled ? -1 : 0;
  options.on_progress = [&](const SolveProgress& p) {
    if (stopping_) {
      handed_back = true;
      return false;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - last_report < kProgressInterval) return true;
    last_report = now;
    boost::json::object progress{{"elapsed_ms", static_cast<std::int64_t>(p.elapsed_ms)},
                                 {"iterations", p.iterations},
                                 {"unplaced", p.unplaced},
                                 {"best_soft", p.best_soft},
                                 {"improvements", p.improvements}};
    try {
      auto renewed = pool_.with([&](storage::Connection& c) {
        return storage::renew_lease(c, job->id, owner, lease, boost::json::serialize(progress));
      });
      if (!renewed) {
        lease_lost = true;
        return false;
      }
      if (*renewed) {
        cancelled = true;
        return false;
      }
    } catch (const storage::DatabaseUnavailable&) {
      // Keep solving; the lease is renewed at the next report if the database is back.
    }
    return true;
  };
  SolveResult result = solve(*plan.value, options);

  if (lease_lost) {
    log_line({{"level", "warn"}, {"msg", "job lease lost"}, {"job", job->id}, {"worker", owner}});
    return true;
  }
  if (handed_back) {
    pool_.with([&](storage::Connection& c) { storage::release_job(c, job->id, owner); });
    log_line({{"level", "info"}, {"msg", "job handed back"}, {"job", job->id}});
    return true;
  }
  boost::json::value encoded = boost::json::parse(encode_solve_result(result));
  encoded.as_object().erase("plan");
  std::optional<std::string> draft;
  std::optional<std::string> diagnostics;
  std::string status = cancelled ? "cancelled" : "succeeded";
  std::optional<std::string> error;
  if (result.status == SolveStatus::invalid) {
    status = "failed";
    error = "the plan cannot be solved as given; see result.explanations";
  } else {
    draft = encode_plan(result.plan);
    diagnostics = encode_diagnostics(validate(result.plan));
  }
  pool_.with([&](storage::Connection& c) {
    storage::finish_job(c, job->id, owner, status, boost::json::serialize(encoded), draft, diagnostics, error);
  });
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  metrics().observe("brightpath_solve_duration_seconds", {{"status", status}}, static_cast<double>(ms) / 1000);
  log_line({{"level", "info"}, {"msg", "job finished"}, {"job", job->id}, {"status", status},
            {"solver_status", std::string(solve_status_name(result.status))}, {"duration_ms", ms}});
  return true;
}

}  // namespace brightpath::server
