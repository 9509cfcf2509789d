#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule missing-guardian") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"});  // teacher-led, any guardian

  SUBCASE("a teacher-led lesson nobody teaches") {
    b.lesson("m1", "math", kMon, "09:00", 45);
    const auto found = run_rule(b.plan, "missing-guardian");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message ==
          "Ada's Math (Monday 09:00–09:45) is teacher-led but has no adult to teach it.");
    CHECK(found[0].span == on(kMon, "09:00", "09:45"));
    CHECK(found[0].refs ==
          std::vector<Ref>{lesson_ref("m1"), course_ref("math"), student_ref("ada")});
  }
  SUBCASE("the lesson names its teacher") {
    b.lesson("m1", "math", kMon, "09:00", 45, "mom");
    CHECK(run_rule(b.plan, "missing-guardian").empty());
  }
  SUBCASE("the course names its teacher") {
    b.plan.courses[0].guardian = "mom";
    b.lesson("m1", "math", kMon, "09:00", 45);
    CHECK(run_rule(b.plan, "missing-guardian").empty());
  }
  SUBCASE("independent work needs no adult") {
    b.plan.courses[0].teaching = Teaching::independent;
    b.lesson("m1", "math", kMon, "09:00", 45);
    CHECK(run_rule(b.plan, "missing-guardian").empty());
  }
}
