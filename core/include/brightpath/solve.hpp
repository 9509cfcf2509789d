// Auto-scheduling: fill a plan's week with every session its courses ask for.
//
// Shaped like OR-Tools CP-SAT: the plan and the options are plain data, `solve` is one
// function, bad input comes back as a status with messages (never an exception), and
// progress and stop go through a callback. No threads, no I/O: it runs the same natively
// and in WebAssembly.
//
// Hard constraints are exactly the validation errors (validate.hpp); soft constraints are
// the validation warnings, weighted (docs/solver.md lists the default weights; a plan's
// `weights` override them). The score is always derived from `validate` on the returned
// plan, so it uses the same codes as everything else, and "feasible" is only ever reported
// when that plan validates with zero errors and every course has its sessions.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "brightpath/plan.hpp"

namespace brightpath {

enum class SolveStatus : std::uint8_t {
  feasible,    // every session placed, zero validation errors
  infeasible,  // proved: no complete valid week exists; the explanations marked `proof` say
               // why (which person, thing or course, and the counted minutes); `plan` is the
               // best partial week
  cancelled,   // the progress callback asked to stop; `plan` is the best week so far
  invalid,     // the plan cannot be solved as given (unknown references, bad numbers)
  incomplete,  // no complete week found within the budget, and none proved impossible: `plan`
               // is the best partial week, `unplaced` and `removed` what it lacks, and the
               // explanations why each is out and what is most contested
};
std::string_view solve_status_name(SolveStatus status);  // "feasible", ...

// Which lessons the solver may place or move. Locked lessons and commitments never move.
enum class MoveScope : std::uint8_t {
  unplaced_only,  // keep every existing lesson where it is; only add the missing sessions
  all_unlocked,   // existing lessons that are not locked may move (or change guardian)
};

// The phases of a solve, in order. Each checks the time budget and the progress callback
// as it goes, so a large plan can be stopped in any of them.
enum class SolvePhase : std::uint8_t {
  preparing,     // checking the input and working out where each session may go
  constructing,  // the first week, most constrained sessions first
  searching,     // local search
  checking,      // validating the returned week (its score and status come from this)
  explaining,    // why sessions could not be placed
};
std::string_view solve_phase_name(SolvePhase phase);  // "preparing", ...

struct SolveProgress {
  SolvePhase phase = SolvePhase::preparing;
  // Units of work done so far (starts looked at, scopes checked, ...): a measure of effort
  // that, unlike time, is the same on every machine. Reports come at least every few
  // hundred thousand units, so a host can always stop a solve soon.
  std::int64_t work = 0;
  double elapsed_ms = 0;
  std::int64_t iterations = 0;
  int unplaced = 0;             // sessions not placed in the best week so far
  std::int64_t best_soft = 0;   // internal soft score of the best week so far
  std::int64_t improvements = 0;
};

struct SolveOptions {
  // Wall-clock budget for the whole solve, from building the problem to the returned
  // result (docs/solver.md, "Time budget"). On a large plan the search stops early enough
  // to leave time for checking the week; if that check still cannot finish shortly after
  // the budget, the week comes back unchecked (explanation `week-not-checked`). Time
  // budgets are inherently not reproducible (a loaded machine does fewer iterations); for
  // reproducible runs set max_iterations and time_budget_ms = 0.
  int time_budget_ms = 1000;  // 0 = no time limit (then max_iterations or stalling stops)
  std::uint64_t seed = 1;
  MoveScope may_move = MoveScope::unplaced_only;
  // Local-search iterations after construction; -1 = unlimited. Same seed and same limit
  // (with no time limit hit) give the identical result.
  std::int64_t max_iterations = -1;
  // Stop once the best week has not improved for this many iterations; 0 = never;
  // -1 = automatic: max(20,000, 50 x sessions to place).
  std::int64_t stall_iterations = -1;
  // Called at the start of each phase, every so many units of work within it, and at the
  // end of construction and search; return false to stop. The result then has status
  // `cancelled` and the best week found so far, and the callback is not called again.
  std::function<bool(const SolveProgress&)> on_progress;
};

struct Score {
  std::int64_t hard = 0;  // validation errors + sessions left unplaced
  std::int64_t soft = 0;  // sum of weight x count over the warnings
  bool operator==(const Score&) const = default;
};

// One line of the score breakdown: a diagnostic code of the returned plan.
struct ScoreTerm {
  std::string code;
  Severity severity = Severity::warning;
  int count = 0;
  int weight = 0;             // 1 for errors (each counts one in `hard`)
  std::int64_t penalty = 0;   // count x weight
  bool operator==(const ScoreTerm&) const = default;
};

struct SolveStatistics {
  double elapsed_ms = 0;
  double construction_ms = 0;
  double best_found_ms = 0;       // when the returned week was found
  double first_feasible_ms = -1;  // when every session was first placed; -1 never
  std::int64_t iterations = 0;    // local-search iterations
  std::int64_t improvements = 0;  // times the best week got better
  std::uint64_t seed = 0;
  bool operator==(const SolveStatistics&) const = default;
};

struct UnplacedSessions {
  std::string course;  // course id
  int count = 0;       // sessions of the week it still lacks
  bool operator==(const UnplacedSessions&) const = default;
};

// Why a week cannot be complete, in words a parent understands. Codes are stable
// (docs/solver.md lists them); the message may be reworded.
struct Explanation {
  std::string code;
  std::string message;
  std::vector<Ref> refs;
  // A proof that no complete valid week exists (with the lessons that may not move where
  // they are): what makes the status `infeasible` rather than `incomplete`.
  bool proof = false;
  bool operator==(const Explanation&) const = default;
};

// An existing lesson the solver took out of the week (it could move, under
// MoveScope::all_unlocked, and found no place again): the returned plan lacks it.
struct RemovedLesson {
  std::string lesson;  // its id
  std::string course;
  bool operator==(const RemovedLesson&) const = default;
};

struct SolveResult {
  SolveStatus status = SolveStatus::invalid;
  Plan plan;                          // the solved (or best partial) week
  Score score;
  std::vector<ScoreTerm> breakdown;   // errors and warnings of `plan`, catalogue order
  SolveStatistics statistics;
  std::vector<UnplacedSessions> unplaced;  // course order (removed lessons included)
  std::vector<RemovedLesson> removed;      // plan order
  std::vector<Explanation> explanations;
};

SolveResult solve(const Plan& plan, const SolveOptions& options = {});

// The weight of a warning code in the soft score: the plan's own weight if it sets one,
// else the documented default (0 for codes that are not warnings).
int soft_weight(const Plan& plan, std::string_view code);

}  // namespace brightpath
