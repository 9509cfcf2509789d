// The promise behind "feasible": on hundreds of generated plans, whenever the solver says
// feasible, validate() finds no error and every course has exactly its sessions; whatever
// it says, the returned plan never loses or moves what it must keep.
#include <doctest/doctest.h>

#include "solver/solver_support.hpp"

namespace brightpath::test {

TEST_CASE("whenever the solver says feasible, the week validates and is complete") {
  int plans = 0;
  int feasible = 0;
  for (int i = 0; i < 520; ++i) {
    GeneratorOptions g;
    g.students = 3 + i % 7;
    g.teachers = 1 + i % 3;
    g.resources = i % 3;
    g.tightness = 0.2 + 0.1 * (i % 8);
    g.seed = 1000 + static_cast<std::uint64_t>(i);
    g.with_placements = false;
    const Plan plan = generate_coop_plan(g);
    const SolveResult r = solve(plan, quick_options(static_cast<std::uint64_t>(i), 1500));
    ++plans;
    CAPTURE(i);
    REQUIRE(r.status != SolveStatus::invalid);
    // The solver only adds lessons: people, courses and commitments come back unchanged.
    CHECK(r.plan.courses == plan.courses);
    CHECK(r.plan.commitments == plan.commitments);
    const auto errors = count_diagnostics(validate(r.plan)).errors;
    if (r.status == SolveStatus::feasible) {
      ++feasible;
      CHECK(errors == 0);
      CHECK(r.unplaced.empty());
      for (const Course& c : r.plan.courses) CHECK(lessons_of(r.plan, c.id) == c.sessions_per_week);
    } else {
      CHECK(!r.explanations.empty());
    }
    // Even a partial week is a valid partial week: unplaced sessions are left out rather
    // than put somewhere that breaks a rule.
    CHECK(errors == 0);
  }
  MESSAGE(feasible << " of " << plans << " generated plans solved");
  CHECK(plans >= 500);
  // Generated plans always have a feasible week (the generator plants one).
  CHECK(feasible * 100 >= plans * 95);
}

}  // namespace brightpath::test
