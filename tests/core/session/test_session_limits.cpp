// A session holds no more than the decoder would accept, its memory follows the live plan,
// and crowded scopes are diffed exactly.
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <string>

#include "brightpath/plan_json.hpp"
#include "brightpath/session.hpp"
#include "brightpath/validate.hpp"
#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

namespace {

constexpr std::size_t kAll = std::numeric_limits<std::size_t>::max();


Placement lesson(const std::string& id, int day, int start, int minutes = 30) {
  Placement p;
  p.id = id;
  p.course = "math";
  p.day = day;
  p.start = start;
  p.duration = minutes;
  return p;
}

PlanBuilder one_child() {
  PlanBuilder b;
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}, 50, 30).teaching = Teaching::independent;
  return b;
}

}  // namespace

TEST_CASE("adding a lesson past the decoder's limit is refused in the decoder's words") {
  PlanBuilder b = one_child();
  const std::size_t most = PlanLimits{}.max_placements;
  for (std::size_t i = 0; i < most; ++i) b.lesson(numbered("m", static_cast<int>(i)), "math", kMon, "09:00", 30);
  ValidationSession session(b.plan);
  const EditResult refused = session.apply(AddLesson{lesson("one-more", kTue, 9 * 60)});
  CHECK(refused.error == "50001 placements is more than the limit; expected at most 50000");
  CHECK(session.plan().placements.size() == most);

  // The same words as decoding a document with one lesson more.
  Plan bigger = b.plan;
  bigger.placements.push_back(lesson("one-more", kTue, 9 * 60));
  const Decoded<Plan> decoded = decode_plan(encode_plan(bigger));
  REQUIRE_FALSE(decoded.ok());
  CHECK(decoded.errors[0].message == refused.error);

  // After a removal there is room again.
  REQUIRE(session.apply(RemoveLesson{"m0"}).ok());
  CHECK(session.apply(AddLesson{lesson("one-more", kTue, 9 * 60)}).ok());
}

TEST_CASE("adding a lesson with too many or repeated resources is refused") {
  PlanBuilder b = one_child();
  b.resource("piano", "Piano");
  ValidationSession session(b.plan);
  Placement twice = lesson("m1", kMon, 9 * 60);
  twice.resources = {"piano", "piano"};
  CHECK(session.apply(AddLesson{twice}).error == "\"piano\" is already listed in the lesson's resources");
  Placement crowded = lesson("m2", kMon, 9 * 60);
  crowded.resources.assign(PlanLimits{}.max_refs + 1, "piano");
  CHECK(session.apply(AddLesson{crowded}).error == "501 ids is more than the limit; expected at most 500");
}

TEST_CASE("many additions and removals leave a session equal to its live plan") {
  // Removed lessons are dropped once they outnumber the live ones; what the session says must
  // not change across that.
  PlanBuilder b = one_child();
  b.lesson("keep1", "math", kMon, "09:00", 30);
  b.lesson("keep2", "math", kMon, "09:15", 30);  // overlaps keep1: an error that must survive
  ValidationSession session(b.plan);
  for (int i = 0; i < 5000; ++i) {
    const std::string id = numbered("tmp", i);
    REQUIRE(session.apply(AddLesson{lesson(id, i % 5, 13 * 60 + (i % 7))}).ok());
    REQUIRE(session.apply(RemoveLesson{id}).ok());
  }
  const Plan live = session.plan();
  CHECK(live.placements.size() == 2);
  CHECK(session.diagnostics() == validate(live));
  CHECK(session.counts() == count_diagnostics(validate(live)));
  // Edits after the session dropped its removed lessons still report exact changes.
  const EditResult moved = session.apply(MoveLesson{"keep2", kMon, 10 * 60});
  REQUIRE(moved.ok());
  CHECK(moved.removed.size() == 1);
  CHECK(moved.removed[0].code == "student-overlap");
  CHECK(session.diagnostics(kAll) == validate(session.plan(), kAll));
}

TEST_CASE("edits in a crowded course report exactly what changed") {
  // Forty sessions of a course on one day: forty warnings "too close" in one scope, which the
  // session diffs by merging sorted lists rather than comparing every pair.
  PlanBuilder b = one_child();
  b.plan.courses[0].min_days_between = 1;
  for (int i = 0; i < 40; ++i) {
    Placement& p = b.lesson(numbered("m", i), "math", kMon, "08:00", 5);
    p.start += 10 * i;
  }
  ValidationSession session(b.plan);
  std::vector<Diagnostic> shown = session.diagnostics(kAll);
  for (int i = 0; i < 40; ++i) {
    const EditResult r = session.apply(MoveLesson{numbered("m", i), (i % 5), 8 * 60 + 10 * i});
    REQUIRE(r.ok());
    // The reported change turns the old list into the new one.
    for (const Diagnostic& gone : r.removed) {
      const auto it = std::find(shown.begin(), shown.end(), gone);
      REQUIRE(it != shown.end());
      shown.erase(it);
    }
    for (const Diagnostic* d : r.added) shown.push_back(*d);
    sort_diagnostics(shown);
    CHECK(shown == validate(session.plan(), kAll));
    CHECK(r.counts == count_diagnostics(validate(session.plan())));
  }
}
