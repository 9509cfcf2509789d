#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule student-overlap") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}).teaching = Teaching::independent;
  b.course("read", "Reading", {"ada"}, 1, 30).teaching = Teaching::independent;
  b.lesson("m1", "math", kMon, "09:00", 45);

  SUBCASE("a child in two lessons at once") {
    b.lesson("r1", "read", kMon, "09:30", 30);
    const auto found = run_rule(b.plan, "student-overlap");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message ==
          "Ada is in Ada's Math and Ada's Reading at the same time, Monday 09:30–09:45.");
    CHECK(found[0].span == on(kMon, "09:30", "09:45"));
    CHECK(found[0].refs == std::vector<Ref>{student_ref("ada"), lesson_ref("m1"),
                                            course_ref("math"), lesson_ref("r1"),
                                            course_ref("read")});
  }
  SUBCASE("back-to-back lessons do not overlap") {
    b.lesson("r1", "read", kMon, "09:45", 30);
    CHECK(run_rule(b.plan, "student-overlap").empty());
  }
  SUBCASE("a sibling in one of the shared lessons is not named") {
    b.student("ben", "Ben");
    b.course("art", "Art", {"ada", "ben"}, 1, 30).teaching = Teaching::independent;
    b.lesson("a1", "art", kMon, "09:30", 30);
    const auto found = run_rule(b.plan, "student-overlap");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Ada is in Ada's Math and Art (Ada and Ben) at the same time, Monday 09:30–09:45.");
    CHECK(found[0].refs == std::vector<Ref>{student_ref("ada"), lesson_ref("m1"),
                                            course_ref("math"), lesson_ref("a1"),
                                            course_ref("art")});
  }
  SUBCASE("siblings both in two shared lessons each get their own finding") {
    b.student("ben", "Ben");
    b.course("art", "Art", {"ada", "ben"}, 1, 30).teaching = Teaching::independent;
    b.course("music", "Music", {"ada", "ben"}, 1, 30).teaching = Teaching::independent;
    b.lesson("a1", "art", kTue, "09:00", 30);
    b.lesson("u1", "music", kTue, "09:15", 30);
    const auto found = run_rule(b.plan, "student-overlap");
    REQUIRE(found.size() == 2);
    CHECK(found[0].refs == std::vector<Ref>{student_ref("ada"), lesson_ref("a1"), course_ref("art"),
                                            lesson_ref("u1"), course_ref("music")});
    CHECK(found[1].refs == std::vector<Ref>{student_ref("ben"), lesson_ref("a1"), course_ref("art"),
                                            lesson_ref("u1"), course_ref("music")});
  }
}
