#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule unknown-reference") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.resource("piano", "Piano");
  b.course("math", "Math", {"ada"});

  SUBCASE("a course naming a student who is not in the plan") {
    b.plan.courses[0].students.push_back("zoe");
    const auto found = run_rule(b.plan, "unknown-reference");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message == "Course \"Math\" names student \"zoe\", who is not in this plan.");
    CHECK(found[0].refs == std::vector<Ref>{course_ref("math")});
    CHECK_FALSE(found[0].span.has_value());
  }
  SUBCASE("a commitment needing a resource that is not in the plan, named twice") {
    Commitment& c = b.commitment("coop", "Co-op", on(kTue, "09:00", "12:00"));
    c.students = {"ada"};
    c.resources = {"van", "van"};
    const auto found = run_rule(b.plan, "unknown-reference");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Commitment \"Co-op\" needs resource \"van\", which is not in this plan.");
    CHECK(found[0].refs == std::vector<Ref>{commitment_ref("coop")});
  }
  SUBCASE("a lesson of a course that does not exist") {
    b.lesson("l7", "mth", kMon, "09:00", 45);
    const auto found = run_rule(b.plan, "unknown-reference");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Lesson l7 (Monday 09:00–09:45) is for course \"mth\", which is not in this plan.");
    CHECK(found[0].span == on(kMon, "09:00", "09:45"));
    CHECK(found[0].refs == std::vector<Ref>{lesson_ref("l7")});
  }
  SUBCASE("a lesson naming a guardian and a resource that do not exist") {
    b.lesson("m1", "math", kMon, "09:00", 45, "dad").resources = {"piano", "kiln"};
    const auto found = run_rule(b.plan, "unknown-reference");
    REQUIRE(found.size() == 2);
    CHECK(found[0].message ==
          "Ada's Math (Monday 09:00–09:45) names guardian \"dad\", who is not in this plan.");
    CHECK(found[1].message ==
          "Ada's Math (Monday 09:00–09:45) needs resource \"kiln\", which is not in this plan.");
    CHECK(found[1].refs == std::vector<Ref>{lesson_ref("m1"), course_ref("math"),
                                            student_ref("ada"), resource_ref("piano")});
  }
  SUBCASE("references that exist are fine") {
    b.plan.courses[0].guardian = "mom";
    b.plan.courses[0].resources = {"piano"};
    b.lesson("m1", "math", kMon, "09:00", 45, "mom");
    CHECK(run_rule(b.plan, "unknown-reference").empty());
  }
}
