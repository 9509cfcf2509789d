#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule outside-preferred-window") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}).preferred = hours("08:00", "12:00");

  SUBCASE("a morning subject in the afternoon") {
    b.lesson("m1", "math", kMon, "13:00", 45, "mom");
    const auto found = run_rule(b.plan, "outside-preferred-window");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message ==
          "Ada's Math (Monday 13:00–13:45) is outside its preferred time, 08:00–12:00.");
    CHECK(found[0].span == on(kMon, "13:00", "13:45"));
    CHECK(found[0].refs == std::vector<Ref>{lesson_ref("m1"), course_ref("math"),
                                            student_ref("ada"), guardian_ref("mom")});
  }
  SUBCASE("a lesson ending exactly at the window's end is inside") {
    b.lesson("m1", "math", kMon, "11:15", 45, "mom");
    CHECK(run_rule(b.plan, "outside-preferred-window").empty());
  }
}
