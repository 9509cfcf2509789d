#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule commitment-clash") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.student("ben", "Ben");
  b.resource("van", "Van");
  b.course("math", "Math", {"ada"}).guardian = "mom";
  Commitment& coop = b.commitment("coop", "Co-op", on(kTue, "09:30", "12:00"));
  coop.students = {"ada", "ben"};
  coop.guardians = {"mom"};

  SUBCASE("a lesson during co-op that needs the same child and parent") {
    b.lesson("m1", "math", kTue, "09:00", 45);
    const auto found = run_rule(b.plan, "commitment-clash");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message ==
          "Ada's Math (Tuesday 09:00–09:45) clashes with Co-op (Tuesday 09:30–12:00), which "
          "also needs Ada and Mom.");
    CHECK(found[0].span == on(kTue, "09:30", "09:45"));
    CHECK(found[0].refs == std::vector<Ref>{lesson_ref("m1"), course_ref("math"),
                                            student_ref("ada"), guardian_ref("mom"),
                                            commitment_ref("coop")});
  }
  SUBCASE("a commitment that only needs a resource of the lesson") {
    b.plan.commitments[0].students.clear();
    b.plan.commitments[0].guardians.clear();
    b.plan.commitments[0].resources = {"van"};
    b.lesson("m1", "math", kTue, "11:00", 45).resources = {"van"};
    const auto found = run_rule(b.plan, "commitment-clash");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Ada's Math (Tuesday 11:00–11:45) clashes with Co-op (Tuesday 09:30–12:00), which "
          "also needs the Van.");
  }
  SUBCASE("a lesson ending as co-op starts is fine") {
    b.lesson("m1", "math", kTue, "08:45", 45);
    CHECK(run_rule(b.plan, "commitment-clash").empty());
  }
  SUBCASE("a commitment of other people is fine") {
    b.plan.commitments[0].students = {"ben"};
    b.plan.commitments[0].guardians.clear();
    b.lesson("m1", "math", kTue, "10:00", 45, "mom");
    CHECK(run_rule(b.plan, "commitment-clash").empty());
  }
}
