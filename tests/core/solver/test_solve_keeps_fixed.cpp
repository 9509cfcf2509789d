// Locked lessons and commitments never move; in unplaced_only mode no existing lesson moves.
#include <doctest/doctest.h>

#include "solver/solver_support.hpp"
#include "support/plan_builder.hpp"

namespace brightpath::test {

namespace {
const Placement* find_lesson(const Plan& plan, const std::string& id) {
  for (const Placement& p : plan.placements) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

// Mom teaches two children; one lesson is locked at a time that is not the best for it.
PlanBuilder family() {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.student("ben", "Ben");
  b.course("math", "Math", {"ada"}, 5, 45).preferred = hours("08:00", "12:00");
  b.course("read", "Reading", {"ben"}, 5, 30);
  b.course("art", "Art", {"ada", "ben"}, 2, 60).teaching = Teaching::independent;
  b.lesson("locked-math", "math", kWed, "13:00", 45, "mom").locked = true;
  b.lesson("loose-read", "read", kMon, "14:00", 30, "mom");
  b.commitment("coop", "Co-op", on(kTue, "09:00", "12:00")).students = {"ada", "ben"};
  return b;
}
}  // namespace

TEST_CASE("locked lessons and commitments never move") {
  const PlanBuilder b = family();
  for (const MoveScope scope : {MoveScope::unplaced_only, MoveScope::all_unlocked}) {
    SolveOptions o = quick_options(5, 5000);
    o.may_move = scope;
    const SolveResult r = solve(b.plan, o);
    REQUIRE(r.status == SolveStatus::feasible);
    const Placement* locked = find_lesson(r.plan, "locked-math");
    REQUIRE(locked != nullptr);
    CHECK(*locked == b.plan.placements[0]);
    CHECK(r.plan.commitments == b.plan.commitments);
    CHECK(lessons_of(r.plan, "math") == 5);
    CHECK(lessons_of(r.plan, "read") == 5);
    CHECK(lessons_of(r.plan, "art") == 2);
  }
}

TEST_CASE("only unplaced sessions are added unless existing lessons may move") {
  const PlanBuilder b = family();
  SUBCASE("unplaced_only keeps an unlocked lesson exactly where it is") {
    const SolveResult r = solve(b.plan, quick_options(5, 5000));
    const Placement* loose = find_lesson(r.plan, "loose-read");
    REQUIRE(loose != nullptr);
    CHECK(*loose == b.plan.placements[1]);
  }
  SUBCASE("all_unlocked keeps the lesson (same id) but may move it") {
    SolveOptions o = quick_options(5, 5000);
    o.may_move = MoveScope::all_unlocked;
    const SolveResult r = solve(b.plan, o);
    CHECK(find_lesson(r.plan, "loose-read") != nullptr);
  }
}

TEST_CASE("an unlocked lesson that breaks a rule is repaired when it may move") {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.student("ben", "Ben");
  b.course("math", "Math", {"ada"}, 1, 45);
  b.course("read", "Reading", {"ben"}, 1, 45);
  b.lesson("m1", "math", kMon, "09:00", 45, "mom");
  b.lesson("r1", "read", kMon, "09:00", 45, "mom");  // Mom teaches both at once
  SUBCASE("kept in place: infeasible, and the clash is named") {
    const SolveResult r = solve(b.plan, quick_options());
    CHECK(r.status == SolveStatus::infeasible);
    CHECK(std::any_of(r.explanations.begin(), r.explanations.end(),
                      [](const Explanation& e) { return e.code == "guardian-overlap"; }));
  }
  SUBCASE("allowed to move: feasible") {
    SolveOptions o = quick_options();
    o.may_move = MoveScope::all_unlocked;
    const SolveResult r = solve(b.plan, o);
    CHECK(r.status == SolveStatus::feasible);
    CHECK(error_count(r.plan) == 0);
    CHECK(r.plan.placements.size() == 2);
  }
}

}  // namespace brightpath::test
