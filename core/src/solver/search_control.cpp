#include "search_control.hpp"

namespace brightpath::solver {

SearchControl::SearchControl(const SolveOptions& opts)
    : options(opts), start_(std::chrono::steady_clock::now()) {}

double SearchControl::elapsed_ms() const {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
}

bool SearchControl::out_of_time() {
  if (out_of_time_) return true;
  if (options.time_budget_ms <= 0) return false;
  // Reading the clock costs more than a move; every 64 calls keeps the overshoot tiny.
  if (--clock_countdown_ > 0) return false;
  clock_countdown_ = 64;
  out_of_time_ = elapsed_ms() >= options.time_budget_ms;
  return out_of_time_;
}

bool SearchControl::report(const SearchState&) {
  if (cancelled_) return false;
  if (!options.on_progress) return true;
  SolveProgress p;
  p.elapsed_ms = elapsed_ms();
  p.iterations = iterations;
  p.unplaced = best_unplaced_;
  p.best_soft = best_soft_;
  p.improvements = improvements;
  cancelled_ = !options.on_progress(p);
  return !cancelled_;
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
