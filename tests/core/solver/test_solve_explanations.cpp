// Impossible weeks, each explained from the plan's structure in words a parent understands.
#include <doctest/doctest.h>

#include "solver/solver_support.hpp"
#include "support/plan_builder.hpp"

namespace brightpath::test {

namespace {
std::vector<DaySpan> every_school_day(std::string_view start, std::string_view end) {
  std::vector<DaySpan> out;
  for (int d = kMon; d <= kFri; ++d) out.push_back(on(d, start, end));
  return out;
}
// All explanations in one string, shown only when a check fails.
std::string all_of(const SolveResult& r) {
  std::string out;
  for (const Explanation& e : r.explanations) out += "\n  " + e.code + ": " + e.message;
  return out;
}
}  // namespace

TEST_CASE("a guardian with more lessons than available time") {
  PlanBuilder b;
  b.guardian("sam", "Sam", every_school_day("08:00", "09:36"));  // 5 x 1 h 36 min = 8 h
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}, 5, 60).guardian = "sam";
  b.course("latin", "Latin", {"ada"}, 6, 45).guardian = "sam";  // 9 h 30 min in all
  SUBCASE("without commitments") {
    const SolveResult r = solve(b.plan, quick_options());
    INFO(all_of(r));
    CHECK(r.status == SolveStatus::infeasible);
    CHECK(has_explanation(r, "guardian-overloaded",
                          "Sam teaches 9 h 30 min of lessons a week but is available 8 h on school days."));
    // The best partial week comes back, with what is missing listed by course.
    CHECK(error_count(r.plan) == 0);
    int missing_minutes = 0;
    for (const UnplacedSessions& u : r.unplaced) missing_minutes += u.count * (u.course == "math" ? 60 : 45);
    CHECK(missing_minutes >= 90);
    CHECK(std::any_of(r.explanations.begin(), r.explanations.end(),
                      [](const Explanation& e) { return e.code == "unplaced-sessions"; }));
  }
  SUBCASE("a commitment takes time out of the availability") {
    b.commitment("dentist", "Dentist", on(kMon, "08:00", "09:00")).guardians = {"sam"};
    const SolveResult r = solve(b.plan, quick_options());
    CHECK(has_explanation(r, "guardian-overloaded",
                          "Sam teaches 9 h 30 min of lessons a week but is available 7 h on school days "
                          "outside fixed commitments."));
  }
}

TEST_CASE("all teacher-led lessons together need more adults' time than there is") {
  PlanBuilder b;
  b.guardian("mom", "Mom", every_school_day("08:00", "09:00"));
  b.guardian("dad", "Dad", every_school_day("08:00", "09:00"));
  b.student("ada", "Ada");
  b.student("ben", "Ben");
  b.course("math", "Math", {"ada"}, 6, 60);
  b.course("read", "Reading", {"ben"}, 6, 60);
  const SolveResult r = solve(b.plan, quick_options());
  INFO(all_of(r));
  CHECK(r.status == SolveStatus::infeasible);
  CHECK(has_explanation(r, "guardians-overloaded",
                        "Teacher-led lessons need 12 h a week but Mom and Dad together are available "
                        "10 h on school days."));
}

TEST_CASE("a shared thing that is almost always taken") {
  PlanBuilder b;
  b.plan.week.school_days = 0x01;  // Monday only
  b.student("ada", "Ada");
  b.resource("piano", "Piano");
  b.commitment("others", "Lessons for others", on(kMon, "08:45", "15:00")).resources = {"piano"};
  Course& piano = b.course("piano", "Piano", {"ada"}, 3, 30);
  piano.teaching = Teaching::independent;
  piano.resources = {"piano"};
  const SolveResult r = solve(b.plan, quick_options());
  INFO(all_of(r));
  CHECK(r.status == SolveStatus::infeasible);
  CHECK(has_explanation(r, "resource-overloaded", "Piano for Ada needs Piano 3 \u00d7 30 min; it is free 45 min in the week."));
  CHECK(has_explanation(r, "unplaced-sessions", "2 of 3 sessions of Piano for Ada could not be placed: each of its 2 possible starts is taken: Ada is busy "
                        "at 2 of them and the Piano at 2."));
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0] == UnplacedSessions{"piano", 2});
}

TEST_CASE("a child with more lessons than school time") {
  PlanBuilder b;
  b.student("ada", "Ada").day = hours("09:00", "10:00");
  b.course("reading", "Reading", {"ada"}, 6, 60).teaching = Teaching::independent;
  const SolveResult r = solve(b.plan, quick_options());
  INFO(all_of(r));
  CHECK(r.status == SolveStatus::infeasible);
  CHECK(has_explanation(r, "student-overloaded", "Ada has 6 h of lessons a week but 5 h of school time."));
  CHECK(has_explanation(r, "unplaced-sessions", "1 of 6 sessions of Reading for Ada could not be placed: each of its 5 possible starts is taken: Ada is "
                        "busy at 5 of them."));
}

TEST_CASE("courses that cannot fit the week") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.student("ben", "Ben");
  SUBCASE("allowed only on a day that is not a school day") {
    b.course("art", "Art", {"ada"}, 1, 60).days = DaySet{1U << kSat};
    const SolveResult r = solve(b.plan, quick_options());
    CHECK(r.status == SolveStatus::infeasible);
    CHECK(has_explanation(r, "course-no-days", "Art for Ada is allowed only on Saturday, which is not a school day."));
  }
  SUBCASE("a session longer than the child's day") {
    b.course("hike", "Hike", {"ada"}, 1, 480).teaching = Teaching::independent;
    const SolveResult r = solve(b.plan, quick_options());
    CHECK(r.status == SolveStatus::infeasible);
    CHECK(has_explanation(r, "session-too-long", "Hike for Ada lasts 8 h a session but Ada's school day is 7 h."));
  }
  SUBCASE("a session longer than its teacher's longest free time") {
    b.guardian("dad", "Dad", {on(kMon, "14:00", "15:00")});
    b.course("wood", "Woodwork", {"ada"}, 1, 90).guardian = "dad";
    const SolveResult r = solve(b.plan, quick_options());
    INFO(all_of(r));
    CHECK(r.status == SolveStatus::infeasible);
    CHECK(has_explanation(r, "session-too-long",
                          "Woodwork for Ada lasts 1 h 30 min a session but Dad's longest available time on its "
                          "days is 1 h."));
    CHECK(has_explanation(r, "guardian-overloaded",
                          "Dad teaches 1 h 30 min of lessons a week but is available 1 h on school days."));
  }
  SUBCASE("a teacher who is never there on the course's days") {
    b.guardian("dad", "Dad", {on(kMon, "14:00", "15:00")});
    Course& wood = b.course("wood", "Woodwork", {"ada"}, 1, 30);
    wood.guardian = "dad";
    wood.days = DaySet{(1U << kTue) | (1U << kThu)};
    const SolveResult r = solve(b.plan, quick_options());
    CHECK(r.status == SolveStatus::infeasible);
    CHECK(has_explanation(r, "guardian-unavailable",
                          "Dad teaches Woodwork for Ada but is not available on any of its days (Tuesday and "
                          "Thursday)."));
  }
  SUBCASE("a shared lesson when the children's days never meet") {
    b.plan.students[0].day = hours("08:00", "10:00");
    b.plan.students[1].day = hours("13:00", "15:00");
    b.course("music", "Music", {"ada", "ben"}, 1, 60);
    const SolveResult r = solve(b.plan, quick_options());
    INFO(all_of(r));
    CHECK(r.status == SolveStatus::infeasible);
    CHECK(has_explanation(r, "no-possible-time",
                          "There is no time in the week when Music for Ada and Ben (1 h) can happen: on its "
                          "days no stretch that long is free for everyone it needs."));
  }
  SUBCASE("more sessions than its days allow at the minimum spacing (a warning, still feasible)") {
    Course& science = b.course("science", "Science", {"ada"}, 3, 30);
    science.days = DaySet{(1U << kMon) | (1U << kTue) | (1U << kWed)};
    science.min_days_between = 2;
    const SolveResult r = solve(b.plan, quick_options());
    CHECK(r.status == SolveStatus::feasible);
    CHECK(has_explanation(r, "course-days-too-few",
                          "Science for Ada needs 3 sessions a week at least 2 days apart, but its days "
                          "(Monday, Tuesday and Wednesday) fit only 2."));
  }
}

TEST_CASE("a plan that names things that do not exist is invalid, not infeasible") {
  PlanBuilder b;
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada", "nobody"}, 1, 30);
  const SolveResult r = solve(b.plan, quick_options());
  CHECK(r.status == SolveStatus::invalid);
  REQUIRE(!r.explanations.empty());
  CHECK(r.explanations[0].code == "unknown-reference");
}

TEST_CASE("a plan with a broken grid is invalid") {
  PlanBuilder b;
  b.plan.week.grid_minutes = 7;
  const SolveResult r = solve(b.plan, quick_options());
  CHECK(r.status == SolveStatus::invalid);
  CHECK(has_explanation(r, "invalid-plan",
                        "The week's grid must divide the day evenly (5, 10, 15, 20, 30 or 60 minutes)."));
}

}  // namespace brightpath::test
