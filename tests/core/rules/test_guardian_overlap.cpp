#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule guardian-overlap") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.student("ben", "Ben");
  b.course("math", "Math", {"ada"}).guardian = "mom";
  b.course("read", "Reading", {"ben"}, 1, 30).guardian = "mom";
  b.lesson("m1", "math", kMon, "09:00", 45);

  SUBCASE("one parent teaching two children at once") {
    b.lesson("r1", "read", kMon, "09:15", 30);
    const auto found = run_rule(b.plan, "guardian-overlap");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message ==
          "Mom is teaching Ada's Math and Ben's Reading at the same time, Monday 09:15–09:45.");
    CHECK(found[0].span == on(kMon, "09:15", "09:45"));
    CHECK(found[0].refs == std::vector<Ref>{guardian_ref("mom"), lesson_ref("m1"),
                                            course_ref("math"), student_ref("ada"),
                                            lesson_ref("r1"), course_ref("read"),
                                            student_ref("ben")});
  }
  SUBCASE("back-to-back lessons do not overlap") {
    b.lesson("r1", "read", kMon, "09:45", 30);
    CHECK(run_rule(b.plan, "guardian-overlap").empty());
  }
  SUBCASE("independent work beside a taught lesson is fine") {
    b.plan.courses[1].teaching = Teaching::independent;
    b.plan.courses[1].guardian.reset();
    b.lesson("r1", "read", kMon, "09:00", 30);
    CHECK(run_rule(b.plan, "guardian-overlap").empty());
  }
}
