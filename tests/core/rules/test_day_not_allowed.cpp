#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule day-not-allowed") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  // Latin on Mondays and Thursdays only.
  b.course("latin", "Latin", {"ada"}, 2, 30).days = DaySet{(1U << kMon) | (1U << kThu)};
  b.lesson("l1", "latin", kMon, "10:00", 30);

  SUBCASE("a lesson on a day its course does not allow") {
    b.lesson("l2", "latin", kWed, "10:00", 30);
    const auto found = run_rule(b.plan, "day-not-allowed");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message ==
          "Ada's Latin (Wednesday 10:00–10:30) is on Wednesday, but Latin is only on Monday "
          "and Thursday.");
    CHECK(found[0].span == on(kWed, "10:00", "10:30"));
    CHECK(found[0].refs ==
          std::vector<Ref>{lesson_ref("l2"), course_ref("latin"), student_ref("ada")});
  }
  SUBCASE("lessons on allowed days are fine") {
    b.lesson("l2", "latin", kThu, "10:00", 30);
    CHECK(run_rule(b.plan, "day-not-allowed").empty());
  }
  SUBCASE("a course without a day list allows any day") {
    b.plan.courses[0].days.reset();
    b.lesson("l2", "latin", kWed, "10:00", 30);
    CHECK(run_rule(b.plan, "day-not-allowed").empty());
  }
}
