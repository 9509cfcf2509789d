// Budget, progress reporting and cancellation shared by every phase of a solve.
//
// Phases count their work in units (a start looked at, a cell of a domain built, a scope
// validated) and call `work(units)`; the clock is read and the callback called only every so
// many units, so the checks cost nothing measurable, and how often a host hears from the
// solver depends on the work done, not on the machine.
#pragma once

#include <chrono>
#include <cstdint>
#include <limits>
#include <vector>

#include "brightpath/solve.hpp"
#include "random.hpp"
#include "search_state.hpp"

namespace brightpath::solver {

// The clock is read at least every this many units of work (a unit is tens of nanoseconds
// at most, so well under a millisecond between reads).
inline constexpr std::int64_t kUnitsPerClockRead = 4096;
// The progress callback is called at least every this many units within a phase (a few
// milliseconds of work), so a host can stop a solve at any point of a large plan.
inline constexpr std::int64_t kUnitsPerReport = 1 << 18;
// Checking and explaining the week may run this long past the budget (or past a cancel)
// before they give up; the search stops early enough that on most plans they never need to.
inline constexpr double kClosingGraceMs = 10;
// What writing, checking and explaining the week cost per lesson, course or child, as
// estimated before the search to leave them time within the budget (measured about 2 us
// natively on an idle machine; WebAssembly and a busy machine are slower).
inline constexpr double kClosingMsPerItem = 0.004;
// What the check alone costs per item (measured about 1.5 us): a check estimated to end
// after the deadline is not started.
inline constexpr double kCheckMsPerItem = 0.0025;

class SearchControl {
 public:
  explicit SearchControl(const SolveOptions& options);

  [[nodiscard]] double elapsed_ms() const;

  // Starts a phase: later reports name it, and the callback hears of it once now (a host
  // can stop before a long phase begins).
  void begin(SolvePhase phase);
  // Counts `units` of work; false once the solve must stop (time spent or cancelled).
  bool work(std::int64_t units);
  // Reads the clock now; false once the solve must stop.
  bool work_now();
  // The search's per-iteration check: true once the time is spent (clock read every few
  // calls, and whenever kUnitsPerClockRead units of work were counted since the last read).
  bool out_of_time();
  // Calls the progress callback; false (and `cancelled()`) when it asks to stop.
  bool report();
  [[nodiscard]] bool cancelled() const { return cancelled_; }
  // When the current phase must stop (ms from the start of the solve); infinity without a
  // time budget.
  [[nodiscard]] double deadline_ms() const { return deadline_ms_; }
  [[nodiscard]] bool stopped() const { return cancelled_ || out_of_time_; }

  // Sets aside time for checking and explaining a week of `items` lessons, courses and
  // sessions: the phases before stop that much earlier than the budget.
  void reserve_closing(std::int64_t items);
  // From here on (checking and explaining) the deadline is the budget, or the moment of a
  // cancel, plus kClosingGraceMs; work() reports no more after a cancel but goes on.
  void begin_closing();
  // Whether a check of `items` (kCheckMsPerItem each) can finish before the deadline; one
  // that cannot is not started at all.
  [[nodiscard]] bool can_check(std::int64_t items) const;

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
  // A proof says no complete week exists: the stall limit then stops partial weeks too
  // (there is no complete week to spend the budget looking for).
  bool proved_incomplete = false;

 private:
  bool read_clock();

  std::chrono::steady_clock::time_point start_;
  SolvePhase phase_ = SolvePhase::preparing;
  double deadline_ms_ = std::numeric_limits<double>::infinity();
  bool closing_ = false;
  std::int64_t work_ = 0;
  std::int64_t next_clock_read_ = kUnitsPerClockRead;
  std::int64_t next_report_ = kUnitsPerReport;
  std::vector<Pos> best_;
  std::int64_t best_cost_ = INT64_MAX;
  std::int64_t best_soft_ = 0;
  int best_unplaced_ = 0;
  bool have_best_ = false;
  int clock_countdown_ = 0;
  bool out_of_time_ = false;
  bool cancelled_ = false;
};

// Phase 1: most-constrained-first construction with bounded ejection chains. False when
// it was stopped before the existing lessons were all laid out (there is no week yet).
bool construct(SearchState& state, Random& rng, SearchControl& control);
// A fresh construction pass from the kept lessons, `first` in front (a restart of the search
// when the local search is stuck on a partial week).
void reconstruct(SearchState& state, Random& rng, SearchControl& control, const std::vector<int>& first);
// Phase 2: late-acceptance local search on (unplaced sessions, soft score).
void local_search(SearchState& state, Random& rng, SearchControl& control);

// One greedy pass with bounded ejections over `order` (construction's step, shared by
// restarts and the large-neighbourhood step).
void construct_round(SearchState& state, Random& rng, SearchControl& control, const std::vector<int>& order,
                     std::int64_t budget);
// Sorts tasks hardest first: fewest starts per person or thing that must be free at once.
void sort_hardest_first(const Problem& problem, std::vector<int>& tasks);
// Large-neighbourhood step around the unplaced `task` (solver/large_neighbourhood.cpp):
// takes out every movable lesson of one of its days that shares a person or thing with it
// (or every lesson of its teacher in the week), places `task` first and rebuilds the rest.
void rebuild_around(SearchState& state, Random& rng, SearchControl& control, int task);
// Repair in the space of complete weeks (solver/conflict_repair.cpp), for a week construction
// left incomplete: every class (and independent work that needs a room) gets a start,
// overlaps are counted (solver/overlap_week.hpp), and min-conflicts tabu moves with
// breakout weights and restarts reduce them; those sessions are then placed where they fit
// and the rest built around them. The result replaces the week only when it leaves fewer
// sessions out; otherwise the week is exactly as it was.
void repair_conflicts(SearchState& state, Random& rng, SearchControl& control);

}  // namespace brightpath::solver

namespace brightpath::solver {
// Places an unplaced task at its best free start; false when no start is free.
bool place_best(SearchState& state, int task, Random& rng);
}  // namespace brightpath::solver
