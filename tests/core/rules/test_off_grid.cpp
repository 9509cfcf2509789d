#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule off-grid") {
  PlanBuilder b;  // 15-minute grid
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}, 1, 50).guardian = "mom";

  SUBCASE("a lesson starting and lasting off the grid") {
    b.lesson("m1", "math", kMon, "09:05", 50);
    const auto found = run_rule(b.plan, "off-grid");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message ==
          "Ada's Math (Monday 09:05–09:55) starts at 09:05 and lasts 50 min; lessons snap to "
          "the week's 15-minute grid.");
    CHECK(found[0].span == on(kMon, "09:05", "09:55"));
    CHECK(found[0].refs == std::vector<Ref>{lesson_ref("m1"), course_ref("math"),
                                            student_ref("ada"), guardian_ref("mom")});
  }
  SUBCASE("only the length off the grid") {
    b.lesson("m1", "math", kMon, "09:00", 50);
    const auto found = run_rule(b.plan, "off-grid");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Ada's Math (Monday 09:00–09:50) lasts 50 min; lessons snap to the week's 15-minute "
          "grid.");
  }
  SUBCASE("on the grid") {
    b.lesson("m1", "math", kMon, "09:15", 45);
    CHECK(run_rule(b.plan, "off-grid").empty());
  }
}
