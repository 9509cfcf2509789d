#include <doctest/doctest.h>

#include "solver/solver_support.hpp"

namespace brightpath::test {

namespace {
Plan small_coop(std::uint64_t seed) {
  GeneratorOptions g;
  g.students = 12;
  g.teachers = 3;
  g.resources = 2;
  g.tightness = 0.6;
  g.seed = seed;
  g.with_placements = false;
  return generate_coop_plan(g);
}
}  // namespace

TEST_CASE("the same seed and iteration limit give the identical result") {
  const Plan plan = small_coop(7);
  for (const std::uint64_t seed : {1ULL, 42ULL}) {
    CAPTURE(seed);
    const SolveResult a = solve(plan, quick_options(seed, 20000));
    const SolveResult b = solve(plan, quick_options(seed, 20000));
    CHECK(a.status == b.status);
    CHECK(a.plan == b.plan);
    CHECK(a.score == b.score);
    CHECK(a.breakdown == b.breakdown);
    CHECK(a.unplaced == b.unplaced);
    CHECK(a.explanations == b.explanations);
    CHECK(a.statistics.iterations == b.statistics.iterations);
    CHECK(a.statistics.improvements == b.statistics.improvements);
    CHECK(a.statistics.seed == seed);
  }
}

TEST_CASE("new lessons get deterministic ids named after their course") {
  const Plan plan = small_coop(3);
  const SolveResult r = solve(plan, quick_options(1, 500));
  REQUIRE(r.status == SolveStatus::feasible);
  for (const Placement& p : r.plan.placements) {
    CHECK(p.id.rfind(p.course + "-s", 0) == 0);
  }
}

}  // namespace brightpath::test
