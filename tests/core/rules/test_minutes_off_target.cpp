#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule minutes-off-target") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}, 2, 45).guardian = "mom";
  b.lesson("m1", "math", kMon, "09:00", 45);

  SUBCASE("the right number of sessions but a short one") {
    b.lesson("m2", "math", kWed, "09:00", 30);
    const auto found = run_rule(b.plan, "minutes-off-target");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message == "Ada's Math has 1 h 15 min this week instead of 1 h 30 min (2 × 45 min).");
    CHECK_FALSE(found[0].span.has_value());
    CHECK(found[0].refs == std::vector<Ref>{course_ref("math"), student_ref("ada")});
  }
  SUBCASE("a missing session is left to sessions-off-target") {
    CHECK(run_rule(b.plan, "minutes-off-target").empty());
  }
  SUBCASE("different lengths adding up to the target are fine") {
    b.lesson("m2", "math", kWed, "09:00", 30);
    b.plan.placements[0].duration = 60;
    CHECK(run_rule(b.plan, "minutes-off-target").empty());
  }
}
