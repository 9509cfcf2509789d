#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule wrong-guardian") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.guardian("dad", "Dad");
  b.student("ada", "Ada");
  b.course("latin", "Latin", {"ada"}, 2, 30).guardian = "dad";

  SUBCASE("a lesson handed to someone other than the course's teacher") {
    b.lesson("l1", "latin", kMon, "09:00", 30, "mom");
    const auto found = run_rule(b.plan, "wrong-guardian");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message ==
          "Ada's Latin (Monday 09:00–09:30) is taught by Mom, but Latin is taught by Dad.");
    CHECK(found[0].span == on(kMon, "09:00", "09:30"));
    CHECK(found[0].refs == std::vector<Ref>{lesson_ref("l1"), course_ref("latin"),
                                            student_ref("ada"), guardian_ref("mom"),
                                            guardian_ref("dad")});
  }
  SUBCASE("naming the course's own teacher, or nobody, is fine") {
    b.lesson("l1", "latin", kMon, "09:00", 30, "dad");
    b.lesson("l2", "latin", kThu, "09:00", 30);
    CHECK(run_rule(b.plan, "wrong-guardian").empty());
  }
  SUBCASE("any adult may teach a course without a named teacher") {
    b.plan.courses[0].guardian.reset();
    b.lesson("l1", "latin", kMon, "09:00", 30, "mom");
    CHECK(run_rule(b.plan, "wrong-guardian").empty());
  }
}
