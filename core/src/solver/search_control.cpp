#include "search_control.hpp"

#include <algorithm>

namespace brightpath::solver {

SearchControl::SearchControl(const SolveOptions& opts)
    : options(opts), start_(std::chrono::steady_clock::now()) {
  if (opts.time_budget_ms > 0) deadline_ms_ = opts.time_budget_ms;
}

double SearchControl::elapsed_ms() const {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
}

bool SearchControl::read_clock() {
  next_clock_read_ = work_ + kUnitsPerClockRead;
  if (elapsed_ms() >= deadline_ms_) out_of_time_ = true;
  return !out_of_time_;
}

void SearchControl::begin(SolvePhase phase) {
  phase_ = phase;
  next_report_ = work_ + kUnitsPerReport;
  report();
}

bool SearchControl::work(std::int64_t units) {
  if (out_of_time_ || (cancelled_ && !closing_)) return false;
  work_ += units;
  if (work_ >= next_report_) {
    next_report_ = work_ + kUnitsPerReport;
    if (!report() && !closing_) return false;
  }
  if (work_ >= next_clock_read_) return read_clock();
  return true;
}

bool SearchControl::work_now() {
  if (out_of_time_ || (cancelled_ && !closing_)) return false;
  return read_clock();
}

bool SearchControl::out_of_time() {
  if (out_of_time_) return true;
  if (deadline_ms_ == std::numeric_limits<double>::infinity()) return false;
  // Reading the clock costs more than a move; every 64 calls keeps the overshoot tiny on
  // plans of a few thousand sessions, and the work count bounds it on larger ones.
  if (--clock_countdown_ > 0 && work_ < next_clock_read_) return false;
  clock_countdown_ = 64;
  return !read_clock();
}

bool SearchControl::report() {
  if (cancelled_) return false;
  if (!options.on_progress) return true;
  SolveProgress p;
  p.phase = phase_;
  p.work = work_;
  p.elapsed_ms = elapsed_ms();
  p.iterations = iterations;
  p.unplaced = best_unplaced_;
  p.best_soft = best_soft_;
  p.improvements = improvements;
  cancelled_ = !options.on_progress(p);
  // A cancel while checking or explaining leaves them only the grace from now on.
  if (cancelled_ && closing_) deadline_ms_ = std::min(deadline_ms_, p.elapsed_ms + kClosingGraceMs);
  return !cancelled_;
}

void SearchControl::reserve_closing(std::int64_t items) {
  if (options.time_budget_ms <= 0) return;
  const double closing = kClosingMsPerItem * static_cast<double>(items);
  deadline_ms_ = options.time_budget_ms - closing;
}

void SearchControl::begin_closing() {
  closing_ = true;
  out_of_time_ = false;
  if (cancelled_) {
    deadline_ms_ = elapsed_ms() + kClosingGraceMs;
  } else if (options.time_budget_ms > 0) {
    deadline_ms_ = options.time_budget_ms + kClosingGraceMs;
  }
  next_clock_read_ = work_;  // the first unit of closing work reads the clock
}

bool SearchControl::can_check(std::int64_t items) const {
  return elapsed_ms() + kCheckMsPerItem * static_cast<double>(items) <= deadline_ms_;
}

void SearchControl::offer(const SearchState& state) {
  if (have_best_ && state.cost() >= best_cost_) return;
  if (have_best_) ++improvements;
  have_best_ = true;
  best_cost_ = state.cost();
  best_soft_ = state.soft();
  best_unplaced_ = state.unplaced();
  best_ = state.positions();
  last_improvement = iterations;
  best_found_ms = elapsed_ms();
  if (best_unplaced_ == 0 && first_feasible_ms < 0) first_feasible_ms = best_found_ms;
}

}  // namespace brightpath::solver
