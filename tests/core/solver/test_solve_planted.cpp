// The promise behind "infeasible": on tight generated plans with a planted complete week
// (the generator lays one out, and validating it finds no error), the solver never says
// infeasible, and it finds a complete week in most of them.
#include <doctest/doctest.h>

#include "solver/solver_support.hpp"

namespace brightpath::test {

TEST_CASE("on plans with a planted complete week the solver never says infeasible and mostly completes it") {
  int plans = 0;
  int feasible = 0;
  for (int i = 0; i < 48; ++i) {
    GeneratorOptions g;
    g.students = 20 + 5 * (i % 5);
    g.teachers = 3 + i % 4;
    g.resources = 1 + i % 3;
    g.tightness = 0.7 + 0.1 * (i % 4);  // 0.7 to 1.0
    g.seed = 5000 + static_cast<std::uint64_t>(i);
    CAPTURE(i);
    // The premise: the planted week is complete and has no error.
    const Plan planted = generate_coop_plan(g);
    REQUIRE(error_count(planted) == 0);
    for (const Course& c : planted.courses) REQUIRE(lessons_of(planted, c.id) == c.sessions_per_week);

    g.with_placements = false;
    const Plan plan = generate_coop_plan(g);
    const SolveResult r = solve(plan, quick_options(static_cast<std::uint64_t>(i), 20000));
    ++plans;
    CHECK(r.status != SolveStatus::infeasible);
    for (const Explanation& e : r.explanations) CHECK_FALSE(e.proof);
    if (r.status == SolveStatus::feasible) ++feasible;
  }
  MESSAGE(feasible << " of " << plans << " tight plans with a planted week completed");
  CHECK(feasible * 100 >= plans * 80);
}

}  // namespace brightpath::test
