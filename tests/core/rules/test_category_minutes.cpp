#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule category-minutes") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.student("ben", "Ben");
  b.course("math", "Math", {"ada"}, 2, 45).guardian = "mom";
  b.course("read", "Reading", {"ada", "ben"}, 1, 30).guardian = "mom";
  b.course("art", "Art", {"ada"}, 1, 60).category = Category::elective;
  b.lesson("m1", "math", kMon, "09:00", 45);
  b.lesson("r1", "read", kMon, "10:00", 30);

  SUBCASE("totals per category the child has courses in") {
    const auto found = run_rule(b.plan, "category-minutes");
    REQUIRE(found.size() == 3);
    CHECK(found[0].severity == Severity::info);
    CHECK(found[0].message == "Ada: core subjects 1 h 15 min this week (target 2 h).");
    CHECK(found[0].refs == std::vector<Ref>{student_ref("ada")});
    CHECK_FALSE(found[0].span.has_value());
    CHECK(found[1].message == "Ada: electives 0 min this week (target 1 h).");
    // Ben has no elective course, so no elective line for Ben.
    CHECK(found[2].message == "Ben: core subjects 30 min this week (target 30 min).");
  }
}
