#include <doctest/doctest.h>

#include "solver/solver_support.hpp"

namespace brightpath::test {

TEST_CASE("the progress callback can cancel the search") {
  GeneratorOptions g;
  g.students = 20;
  g.teachers = 4;
  g.seed = 11;
  g.with_placements = false;
  const Plan plan = generate_coop_plan(g);

  SUBCASE("stopping at the first report returns the best week so far, marked cancelled") {
    int calls = 0;
    SolveOptions o = quick_options(1, 1'000'000);
    o.on_progress = [&calls](const SolveProgress&) {
      ++calls;
      return false;
    };
    const SolveResult r = solve(plan, o);
    CHECK(r.status == SolveStatus::cancelled);
    CHECK(calls == 1);
    CHECK(error_count(r.plan) == 0);
  }
  SUBCASE("progress reports count up and a true answer lets the search go on") {
    std::int64_t last = -1;
    bool increasing = true;
    SolveOptions o = quick_options(1, 5000);
    o.stall_iterations = 0;
    o.on_progress = [&](const SolveProgress& p) {
      increasing = increasing && p.iterations >= last;
      last = p.iterations;
      return true;
    };
    const SolveResult r = solve(plan, o);
    CHECK(r.status != SolveStatus::cancelled);
    CHECK(increasing);
    CHECK(last == r.statistics.iterations);
  }
}

}  // namespace brightpath::test
