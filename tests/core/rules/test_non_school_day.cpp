#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule non-school-day") {
  PlanBuilder b;  // Monday to Friday
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}).teaching = Teaching::independent;

  SUBCASE("a lesson on Saturday") {
    b.lesson("m1", "math", kSat, "09:00", 45);
    const auto found = run_rule(b.plan, "non-school-day");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message == "Ada's Math is on Saturday, which is not a school day.");
    CHECK(found[0].span == on(kSat, "09:00", "09:45"));
    CHECK(found[0].refs ==
          std::vector<Ref>{lesson_ref("m1"), course_ref("math"), student_ref("ada")});
  }
  SUBCASE("a lesson on Friday") {
    b.lesson("m1", "math", kFri, "09:00", 45);
    CHECK(run_rule(b.plan, "non-school-day").empty());
  }
}
