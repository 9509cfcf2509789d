#include <doctest/doctest.h>

#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

TEST_CASE("rule resource-over-capacity") {
  PlanBuilder b;
  b.student("ada", "Ada");
  b.student("ben", "Ben");
  b.resource("piano", "Piano");
  b.course("pa", "Piano", {"ada"}, 1, 30).resources = {"piano"};
  b.course("pb", "Piano", {"ben"}, 1, 30).resources = {"piano"};
  b.lesson("a1", "pa", kMon, "14:00", 30);

  SUBCASE("two lessons need the one piano at once") {
    b.lesson("b1", "pb", kMon, "14:00", 30);
    const auto found = run_rule(b.plan, "resource-over-capacity");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message ==
          "The Piano (capacity 1) is needed by 2 lessons at once, Monday 14:00–14:30: "
          "Ada's Piano and Ben's Piano.");
    CHECK(found[0].span == on(kMon, "14:00", "14:30"));
    CHECK(found[0].refs == std::vector<Ref>{resource_ref("piano"), lesson_ref("a1"),
                                            course_ref("pa"), student_ref("ada"),
                                            lesson_ref("b1"), course_ref("pb"),
                                            student_ref("ben")});
  }
  SUBCASE("a chain of overlaps is one stretch naming every lesson in it") {
    b.lesson("b1", "pb", kMon, "14:15", 30);  // 14:15–14:45
    b.lesson("a2", "pa", kMon, "14:30", 30);  // 14:30–15:00
    const auto found = run_rule(b.plan, "resource-over-capacity");
    REQUIRE(found.size() == 1);
    CHECK(found[0].span == on(kMon, "14:15", "14:45"));
    CHECK(found[0].message ==
          "The Piano (capacity 1) is needed by 2 lessons at once, Monday 14:15–14:45: "
          "Ada's Piano, Ben's Piano and Ada's Piano.");
  }
  SUBCASE("back-to-back lessons share the piano") {
    b.lesson("b1", "pb", kMon, "14:30", 30);
    CHECK(run_rule(b.plan, "resource-over-capacity").empty());
  }
  SUBCASE("within capacity") {
    b.plan.resources[0].capacity = 2;
    b.lesson("b1", "pb", kMon, "14:00", 30);
    CHECK(run_rule(b.plan, "resource-over-capacity").empty());
  }
}
