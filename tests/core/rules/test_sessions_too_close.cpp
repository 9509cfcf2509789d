#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule sessions-too-close") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.course("pia", "Piano", {"ada"}, 3, 30).min_days_between = 2;
  b.plan.courses[0].teaching = Teaching::independent;
  b.lesson("p1", "pia", kMon, "09:00", 30);

  SUBCASE("sessions on consecutive days") {
    b.lesson("p2", "pia", kTue, "09:00", 30);
    const auto found = run_rule(b.plan, "sessions-too-close");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message ==
          "Ada's Piano is on Monday 09:00–09:30 and again on Tuesday 09:00–09:30, 1 day apart; "
          "sessions should be at least 2 days apart.");
    CHECK(found[0].span == on(kTue, "09:00", "09:30"));
    CHECK(found[0].refs == std::vector<Ref>{lesson_ref("p1"), course_ref("pia"),
                                            student_ref("ada"), lesson_ref("p2")});
  }
  SUBCASE("twice on the same day is 0 days apart") {
    b.plan.courses[0].min_days_between = 1;
    b.lesson("p2", "pia", kMon, "13:00", 30);
    const auto found = run_rule(b.plan, "sessions-too-close");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Ada's Piano is on Monday 09:00–09:30 and again on Monday 13:00–13:30, the same day; "
          "sessions should be at least 1 day apart.");
  }
  SUBCASE("sessions exactly the minimum apart are fine") {
    b.lesson("p2", "pia", kWed, "09:00", 30);
    b.lesson("p3", "pia", kFri, "09:00", 30);
    CHECK(run_rule(b.plan, "sessions-too-close").empty());
  }
}
