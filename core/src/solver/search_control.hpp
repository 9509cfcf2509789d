// Budget, progress reporting and cancellation shared by the search phases.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "brightpath/solve.hpp"
#include "rng.hpp"
#include "search_state.hpp"

namespace brightpath::solver {

class SearchControl {
 public:
  explicit SearchControl(const SolveOptions& options);

  [[nodiscard]] double elapsed_ms() const;
  // True once the time budget is spent (checked on the clock every few calls only).
  bool out_of_time();
  // Calls the progress callback; false (and `cancelled()`) when it asks to stop.
  bool report(const SearchState& state);
  [[nodiscard]] bool cancelled() const { return cancelled_; }
  [[nodiscard]] bool stopped() const { return cancelled_ || out_of_time_; }

  // The best week seen: lowest cost, first found wins ties.
  void offer(const SearchState& state);
  [[nodiscard]] const std::vector<Pos>& best() const { return best_; }
  [[nodiscard]] std::int64_t best_cost() const { return best_cost_; }
  [[nodiscard]] int best_unplaced() const { return best_unplaced_; }

  const SolveOptions& options;
  std::int64_t iterations = 0;
  std::int64_t improvements = 0;
  std::int64_t last_improvement = 0;  // iteration of the last new best
  double best_found_ms = 0;
  double first_feasible_ms = -1;
  std::vector<Pos> kept;  // the week before construction (kept existing lessons only)

 private:
  std::chrono::steady_clock::time_point start_;
  std::vector<Pos> best_;
  std::int64_t best_cost_ = INT64_MAX;
  std::int64_t best_soft_ = 0;
  int best_unplaced_ = 0;
  bool have_best_ = false;
  int clock_countdown_ = 0;
  bool out_of_time_ = false;
  bool cancelled_ = false;
};

// Phase 1: most-constrained-first construction with bounded ejection chains.
void construct(SearchState& state, Rng& rng, SearchControl& control);
// A fresh construction pass from the kept lessons, `first` in front (a restart of the search
// when the local search is stuck on a partial week).
void reconstruct(SearchState& state, Rng& rng, SearchControl& control, const std::vector<int>& first);
// Phase 2: late-acceptance local search on (unplaced sessions, soft score).
void local_search(SearchState& state, Rng& rng, SearchControl& control);

}  // namespace brightpath::solver

namespace brightpath::solver {
// Places an unplaced task at its best free start; false when no start is free.
bool place_best(SearchState& state, int task, Rng& rng);
}  // namespace brightpath::solver
