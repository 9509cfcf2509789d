#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule over-daily-maximum") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada").max_daily_minutes = 90;
  b.course("math", "Math", {"ada"}, 1, 60).guardian = "mom";
  b.course("read", "Reading", {"ada"}, 1, 30).teaching = Teaching::independent;
  b.lesson("m1", "math", kMon, "09:00", 60);

  SUBCASE("more lesson minutes in a day than the child's maximum") {
    b.lesson("r1", "read", kMon, "13:00", 45);
    const auto found = run_rule(b.plan, "over-daily-maximum");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message ==
          "Ada has 1 h 45 min of lessons on Monday, 15 min over the daily maximum of 1 h 30 min.");
    CHECK(found[0].span == on(kMon, "09:00", "13:45"));
    CHECK(found[0].refs == std::vector<Ref>{student_ref("ada"), lesson_ref("m1"),
                                            course_ref("math"), lesson_ref("r1"),
                                            course_ref("read")});
  }
  SUBCASE("exactly the maximum is fine") {
    b.lesson("r1", "read", kMon, "13:00", 30);
    CHECK(run_rule(b.plan, "over-daily-maximum").empty());
  }
  SUBCASE("the maximum is per day") {
    b.lesson("r1", "read", kTue, "13:00", 45);
    CHECK(run_rule(b.plan, "over-daily-maximum").empty());
  }
}
