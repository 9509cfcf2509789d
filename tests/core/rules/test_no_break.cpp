#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule no-break") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada").max_minutes_without_break = 90;
  b.course("math", "Math", {"ada"}, 1, 60).guardian = "mom";
  b.course("read", "Reading", {"ada"}, 1, 45).teaching = Teaching::independent;
  b.lesson("m1", "math", kMon, "09:00", 60);

  SUBCASE("back-to-back lessons longer than the maximum") {
    b.lesson("r1", "read", kMon, "10:00", 45);
    const auto found = run_rule(b.plan, "no-break");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message ==
          "Ada has 1 h 45 min of lessons without a break, Monday 09:00–10:45; the most without "
          "a break is 1 h 30 min.");
    CHECK(found[0].span == on(kMon, "09:00", "10:45"));
    CHECK(found[0].refs == std::vector<Ref>{student_ref("ada"), lesson_ref("m1"),
                                            course_ref("math"), lesson_ref("r1"),
                                            course_ref("read")});
  }
  SUBCASE("a gap under five minutes is not a break") {
    b.lesson("r1", "read", kMon, "10:04", 45);
    const auto found = run_rule(b.plan, "no-break");
    REQUIRE(found.size() == 1);
    CHECK(found[0].span == on(kMon, "09:00", "10:49"));
  }
  SUBCASE("a five-minute gap is a break") {
    b.lesson("r1", "read", kMon, "10:05", 45);
    CHECK(run_rule(b.plan, "no-break").empty());
  }
}
