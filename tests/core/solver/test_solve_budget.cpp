// Every phase of a solve heeds the time budget and the progress callback: a host can stop
// a solve of a large plan in any phase and gets a well-formed week back. Behaviour only:
// how soon it returns is measured by bench/solve_budget_bench.cpp, not asserted here.
#include <doctest/doctest.h>

#include <set>
#include <vector>

#include "brightpath/plan_json.hpp"
#include "solver/search_control.hpp"
#include "solver/solver_support.hpp"

namespace brightpath::test {
namespace {

// The default co-op (300 children, about 3,600 sessions): construction alone is millions
// of units of work, so every phase reports more than once.
Plan large_plan(bool with_lessons) {
  GeneratorOptions g;
  g.with_placements = with_lessons;
  return generate_coop_plan(g);
}

// A week that is a plan: it encodes to a document the decoder accepts, its lessons have
// distinct ids and belong to courses of the plan.
void check_well_formed(const Plan& plan) {
  CHECK(decode_plan(encode_plan(plan)).ok());
  std::set<std::string> courses, ids;
  for (const Course& c : plan.courses) courses.insert(c.id);
  for (const Placement& p : plan.placements) {
    CHECK(courses.count(p.course) == 1);
    CHECK(ids.insert(p.id).second);
  }
}

bool has_code(const SolveResult& r, const std::string& code) {
  for (const Explanation& e : r.explanations) {
    if (e.code == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a callback that says stop at its first report in any phase ends the solve there") {
  const Plan plan = large_plan(false);
  for (const SolvePhase phase : {SolvePhase::preparing, SolvePhase::constructing, SolvePhase::searching,
                                 SolvePhase::checking, SolvePhase::explaining}) {
    CAPTURE(solve_phase_name(phase));
    SolveOptions o = quick_options(1, 2000);
    int calls_after = 0;
    bool stopped = false;
    o.on_progress = [&](const SolveProgress& p) {
      if (stopped) ++calls_after;
      if (p.phase != phase) return true;
      stopped = true;
      return false;
    };
    const SolveResult r = solve(plan, o);
    CHECK(stopped);
    CHECK(calls_after == 0);
    CHECK(r.status == SolveStatus::cancelled);
    check_well_formed(r.plan);
  }
}

TEST_CASE("stopping at the very first report returns the plan as it came") {
  const Plan plan = large_plan(true);
  SolveOptions o = quick_options(1, 2000);
  o.may_move = MoveScope::all_unlocked;
  int calls = 0;
  o.on_progress = [&calls](const SolveProgress&) {
    ++calls;
    return false;
  };
  const SolveResult r = solve(plan, o);
  CHECK(calls == 1);
  CHECK(r.status == SolveStatus::cancelled);
  CHECK(r.plan == plan);
}

TEST_CASE("construction of a large plan reports progress every so many units of work") {
  const Plan plan = large_plan(false);
  SolveOptions o = quick_options(1, 0);
  std::vector<SolveProgress> reports;
  o.on_progress = [&reports](const SolveProgress& p) {
    reports.push_back(p);
    return true;
  };
  solve(plan, o);
  std::vector<std::int64_t> construction;
  for (const SolveProgress& p : reports) {
    if (p.phase == SolvePhase::constructing) construction.push_back(p.work);
  }
  // Not only at its start and end: a host can stop it part way.
  CHECK(construction.size() >= 4);
  // One step of construction (a session's starts looked at, then those to evict from) is
  // far less than a report's worth of work, so reports are at most two reports' worth apart.
  for (std::size_t i = 1; i < construction.size(); ++i) {
    CHECK(construction[i] >= construction[i - 1]);
    CHECK(construction[i] - construction[i - 1] <= 2 * solver::kUnitsPerReport);
  }
  // The same plan and options report at the same points: counted in work, not time.
  std::vector<SolveProgress> again;
  o.on_progress = [&again](const SolveProgress& p) {
    again.push_back(p);
    return true;
  };
  solve(plan, o);
  REQUIRE(again.size() == reports.size());
  for (std::size_t i = 0; i < again.size(); ++i) {
    CHECK(again[i].work == reports[i].work);
    CHECK(again[i].phase == reports[i].phase);
  }
}

TEST_CASE("a budget spent before the search starts still returns a well-formed week") {
  for (const bool with_lessons : {false, true}) {
    CAPTURE(with_lessons);
    const Plan plan = large_plan(with_lessons);
    SolveOptions o;
    o.time_budget_ms = 1;
    o.may_move = with_lessons ? MoveScope::all_unlocked : MoveScope::unplaced_only;
    const SolveResult r = solve(plan, o);
    CHECK((r.status == SolveStatus::feasible || r.status == SolveStatus::incomplete ||
           r.status == SolveStatus::infeasible));
    if (r.status == SolveStatus::infeasible) {
      CHECK(std::any_of(r.explanations.begin(), r.explanations.end(), [](const Explanation& e) { return e.proof; }));
    }
    check_well_formed(r.plan);
    int unplaced = 0;
    for (const UnplacedSessions& u : r.unplaced) unplaced += u.count;
    if (has_code(r, "week-not-checked")) {
      // Unchecked: never feasible (nor proved infeasible), and the score is the sessions
      // left unplaced.
      CHECK(r.status != SolveStatus::feasible);
      CHECK(r.breakdown.empty());
      CHECK(r.score.hard == unplaced);
    } else {
      CHECK(r.score.hard >= unplaced);
    }
  }
}

}  // namespace brightpath::test
