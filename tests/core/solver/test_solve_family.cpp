#include <doctest/doctest.h>

#include "solver/solver_support.hpp"

namespace brightpath::test {

namespace {
Plan load(const std::string& name) { return load_plan("examples/" + name); }
}  // namespace

TEST_CASE("the family example solves feasible") {
  const Plan family = load("family.json");
  SUBCASE("as it is: the missing typing session is added") {
    const SolveResult r = solve(family, quick_options());
    CHECK(r.status == SolveStatus::feasible);
    CHECK(error_count(r.plan) == 0);
    CHECK(r.unplaced.empty());
  }
  SUBCASE("from an empty week (locked lessons kept)") {
    Plan empty = family;
    std::erase_if(empty.placements, [](const Placement& p) { return !p.locked; });
    const SolveResult r = solve(empty, quick_options(1, 20000));
    CHECK(r.status == SolveStatus::feasible);
    CHECK(error_count(r.plan) == 0);
    for (const Course& c : r.plan.courses) CHECK(lessons_of(r.plan, c.id) == c.sessions_per_week);
  }
  SUBCASE("with every unlocked lesson free to move") {
    SolveOptions o = quick_options(3, 20000);
    o.may_move = MoveScope::all_unlocked;
    const SolveResult r = solve(family, o);
    CHECK(r.status == SolveStatus::feasible);
    CHECK(r.plan.placements.size() == family.placements.size() + 1);
  }
}

TEST_CASE("the family with mistakes is repaired only when lessons may move") {
  const Plan plan = load("family-conflicts.json");
  CHECK(solve(plan, quick_options()).status == SolveStatus::infeasible);
  SolveOptions o = quick_options(1, 20000);
  o.may_move = MoveScope::all_unlocked;
  const SolveResult r = solve(plan, o);
  CHECK(r.status == SolveStatus::feasible);
  CHECK(error_count(r.plan) == 0);
}

}  // namespace brightpath::test
