// What each kind of edit does to a session, on a two-lesson week.
#include <doctest/doctest.h>

#include <algorithm>

#include "brightpath/session.hpp"
#include "brightpath/validate.hpp"

using namespace brightpath;

namespace {

Plan two_lessons() {
  Plan plan;
  plan.time_zone = "America/Chicago";
  plan.guardians = {{"mom", "Mom", {{0, {8 * 60, 12 * 60}}, {1, {8 * 60, 12 * 60}}}}};
  plan.students = {{"ada", "Ada", std::nullopt, std::nullopt, std::nullopt, std::nullopt}};
  Course math;
  math.id = "math";
  math.subject = "Math";
  math.students = {"ada"};
  math.sessions_per_week = 1;
  math.minutes_per_session = 45;
  math.guardian = "mom";
  Course reading = math;
  reading.id = "reading";
  reading.subject = "Reading";
  plan.courses = {math, reading};
  plan.placements = {{"m1", "math", 0, 9 * 60, 45, std::nullopt, {}, false},
                     {"r1", "reading", 0, 10 * 60, 45, std::nullopt, {}, false}};
  return plan;
}

bool has_code(const std::vector<Diagnostic>& ds, std::string_view code) {
  return std::any_of(ds.begin(), ds.end(), [code](const Diagnostic& d) { return d.code == code; });
}
bool has_code(const std::vector<const Diagnostic*>& ds, std::string_view code) {
  return std::any_of(ds.begin(), ds.end(), [code](const Diagnostic* d) { return d->code == code; });
}

}  // namespace

TEST_CASE("moving a lesson onto another reports the clash and moving it back clears it") {
  ValidationSession session(two_lessons());
  REQUIRE(session.counts().errors == 0);

  const EditResult onto = session.apply(MoveLesson{"r1", 0, 9 * 60 + 30});
  REQUIRE(onto.ok());
  CHECK(has_code(onto.added, "student-overlap"));
  CHECK(has_code(onto.added, "guardian-overlap"));
  CHECK(onto.counts.errors == 2);
  CHECK(session.counts() == onto.counts);
  // What an edit added is the session's own list, not a copy (valid until the next edit).
  const std::vector<Diagnostic> now = session.diagnostics();
  for (const Diagnostic* d : onto.added) CHECK(std::find(now.begin(), now.end(), *d) != now.end());

  const EditResult back = session.apply(MoveLesson{"r1", 0, 10 * 60});
  REQUIRE(back.ok());
  CHECK(has_code(back.removed, "student-overlap"));
  CHECK(back.added.empty());
  CHECK(back.counts.errors == 0);
}

TEST_CASE("an edit that cannot apply says why and changes nothing") {
  ValidationSession session(two_lessons());
  const auto before = session.diagnostics();
  SUBCASE("unknown lesson") {
    const EditResult r = session.apply(MoveLesson{"nope", 0, 600});
    CHECK(r.error == "no lesson has the id \"nope\"");
  }
  SUBCASE("past midnight") {
    const EditResult r = session.apply(MoveLesson{"m1", 0, 23 * 60 + 30});
    CHECK(r.error == "the lesson would end at 24:15, after midnight; lessons end by 24:00");
  }
  SUBCASE("duplicate id on add") {
    const EditResult r = session.apply(AddLesson{{"m1", "math", 1, 600, 45, std::nullopt, {}, false}});
    CHECK(r.error == "a lesson with the id \"m1\" already exists");
  }
  SUBCASE("unknown course on add") {
    const EditResult r = session.apply(AddLesson{{"x", "latin", 1, 600, 45, std::nullopt, {}, false}});
    CHECK(r.error == "no course has the id \"latin\"");
  }
  SUBCASE("unknown guardian") {
    const EditResult r = session.apply(SetAvailability{"dad", {}});
    CHECK(r.error == "no guardian has the id \"dad\"");
  }
  CHECK(session.diagnostics() == before);
  CHECK(session.plan() == two_lessons());
}

TEST_CASE("removing and adding lessons changes the plan and the weekly totals") {
  ValidationSession session(two_lessons());
  const EditResult removed = session.apply(RemoveLesson{"r1"});
  REQUIRE(removed.ok());
  CHECK(session.plan().placements.size() == 1);
  CHECK(has_code(removed.added, "sessions-off-target"));

  const EditResult added = session.apply(AddLesson{{"r2", "reading", 1, 9 * 60, 45, std::nullopt, {}, false}});
  REQUIRE(added.ok());
  CHECK(has_code(added.removed, "sessions-off-target"));
  CHECK(session.plan().placements.back().id == "r2");
  CHECK(session.diagnostics() == validate(session.plan()));
}

TEST_CASE("narrowing a guardian's availability re-checks that guardian's lessons") {
  ValidationSession session(two_lessons());
  const EditResult r = session.apply(SetAvailability{"mom", {{0, {8 * 60, 9 * 60 + 30}}}});
  REQUIRE(r.ok());
  CHECK(r.counts.errors == 2);
  CHECK(std::count_if(r.added.begin(), r.added.end(),
                      [](const Diagnostic* d) { return d->code == "outside-availability"; }) == 2);
  CHECK(session.plan().guardians[0].availability.size() == 1);
}
