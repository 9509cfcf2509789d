#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule sessions-off-target") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}, 2, 45).guardian = "mom";
  b.lesson("m1", "math", kMon, "09:00", 45);

  SUBCASE("too few sessions") {
    const auto found = run_rule(b.plan, "sessions-off-target");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message == "Ada's Math has 1 of 2 sessions this week.");
    CHECK_FALSE(found[0].span.has_value());
    CHECK(found[0].refs == std::vector<Ref>{course_ref("math"), student_ref("ada")});
  }
  SUBCASE("too many sessions") {
    b.lesson("m2", "math", kWed, "09:00", 45);
    b.lesson("m3", "math", kFri, "09:00", 45);
    const auto found = run_rule(b.plan, "sessions-off-target");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "Ada's Math has 3 sessions, 1 more than the 2 it asks for.");
  }
  SUBCASE("exactly on target") {
    b.lesson("m2", "math", kWed, "09:00", 45);
    CHECK(run_rule(b.plan, "sessions-off-target").empty());
  }
}
