#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule course-minutes") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.student("ben", "Ben");
  b.course("math", "Math", {"ada"}, 5, 45).guardian = "mom";
  b.lesson("m1", "math", kMon, "09:00", 45);
  b.lesson("m2", "math", kTue, "09:00", 45);
  b.lesson("m3", "math", kWed, "09:00", 45);
  b.lesson("m4", "math", kThu, "09:00", 45);

  SUBCASE("one line per course and child, against the target") {
    const auto found = run_rule(b.plan, "course-minutes");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::info);
    CHECK(found[0].message == "Ada: Math 4 × 45 min = 3 h this week (target 5 × 45 min = 3 h 45 min).");
    CHECK_FALSE(found[0].span.has_value());
    CHECK(found[0].refs == std::vector<Ref>{student_ref("ada"), course_ref("math")});
  }
  SUBCASE("a shared course reports each child; uneven sessions are summed") {
    b.course("art", "Art", {"ada", "ben"}, 2, 60);
    b.lesson("a1", "art", kMon, "13:00", 60);
    b.lesson("a2", "art", kWed, "13:00", 30);
    const auto found = run_rule(b.plan, "course-minutes");
    REQUIRE(found.size() == 3);
    CHECK(found[0].message == "Ada: Art 2 sessions = 1 h 30 min this week (target 2 × 1 h = 2 h).");
    CHECK(found[1].message == "Ada: Math 4 × 45 min = 3 h this week (target 5 × 45 min = 3 h 45 min).");
    CHECK(found[2].message == "Ben: Art 2 sessions = 1 h 30 min this week (target 2 × 1 h = 2 h).");
  }
}
