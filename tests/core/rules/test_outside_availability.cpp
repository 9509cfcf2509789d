#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule outside-availability") {
  PlanBuilder b;
  b.guardian("mom", "Mom", {on(kMon, "08:00", "09:30"), on(kTue, "08:00", "10:00"),
                            on(kTue, "10:00", "12:00")});
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}).guardian = "mom";

  SUBCASE("a lesson running past the guardian's window") {
    b.lesson("m1", "math", kMon, "09:00", 45);
    const auto found = run_rule(b.plan, "outside-availability");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message ==
          "Ada's Math (Monday 09:00–09:45) is outside Mom's availability on Monday (08:00–09:30).");
    CHECK(found[0].span == on(kMon, "09:00", "09:45"));
    CHECK(found[0].refs == std::vector<Ref>{lesson_ref("m1"), course_ref("math"),
                                            student_ref("ada"), guardian_ref("mom")});
  }
  SUBCASE("a day the guardian is not available at all") {
    b.lesson("m1", "math", kWed, "09:00", 45);
    const auto found = run_rule(b.plan, "outside-availability");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Ada's Math (Wednesday 09:00–09:45) is outside Mom's availability: Mom is not "
          "available on Wednesday.");
  }
  SUBCASE("touching windows count as one") {
    b.lesson("m1", "math", kTue, "09:00", 120);  // 09:00–11:00 across 08–10 and 10–12
    CHECK(run_rule(b.plan, "outside-availability").empty());
  }
  SUBCASE("a lesson without a teacher is not checked") {
    b.plan.courses[0].teaching = Teaching::independent;
    b.plan.courses[0].guardian.reset();
    b.lesson("m1", "math", kWed, "09:00", 45);
    CHECK(run_rule(b.plan, "outside-availability").empty());
  }
  SUBCASE("a lesson on a non-school day is non-school-day's finding alone") {
    b.lesson("m1", "math", kSat, "09:00", 45);  // Mom has no Saturday window either
    CHECK(run_rule(b.plan, "outside-availability").empty());
    std::vector<std::string_view> errors;
    for (const Diagnostic& d : validate(b.plan)) {
      if (d.severity == Severity::error) errors.push_back(d.code);
    }
    CHECK(errors == std::vector<std::string_view>{"non-school-day"});
  }
}
