#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule outside-student-day") {
  PlanBuilder b;  // the week's hours are 08:00–15:00
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.student("ben", "Ben").day = hours("09:00", "12:00");
  b.course("art", "Art", {"ada", "ben"}, 1, 60);

  SUBCASE("a shared lesson past one child's day is reported for that child") {
    b.lesson("a1", "art", kMon, "11:30", 60);
    const auto found = run_rule(b.plan, "outside-student-day");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message ==
          "Art (Ada and Ben) on Monday 11:30–12:30 is outside Ben's school day (09:00–12:00).");
    CHECK(found[0].span == on(kMon, "11:30", "12:30"));
    CHECK(found[0].refs == std::vector<Ref>{student_ref("ben"), lesson_ref("a1"),
                                            course_ref("art"), student_ref("ada")});
  }
  SUBCASE("a lesson ending exactly when the day ends fits") {
    b.lesson("a1", "art", kMon, "11:00", 60);
    CHECK(run_rule(b.plan, "outside-student-day").empty());
  }
}
