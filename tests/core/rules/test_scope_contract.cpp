// The contract every rule keeps: it reads only what its scope depends on, so the editing
// session, which re-runs just the scopes an edit touches, always agrees with full
// validation. A random household that triggers every rule is edited at random and the
// session's list compared with validate() after each edit.
#include <doctest/doctest.h>

#include <cstdint>
#include <set>
#include <string>

#include "brightpath/session.hpp"
#include "random.hpp"
#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

namespace {

// "c3": built by appending, because GCC 12 at -O3 warns falsely (-Wrestrict, GCC bug 105651)
// on `"c" + std::to_string(3)`.
std::string id(const char* prefix, int n) {
  std::string out(prefix);
  out += std::to_string(n);
  return out;
}

// Every optional feature a rule looks at, plus a few dangling ids.
Plan busy_household(Random& rng) {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.guardian("dad", "Dad", {on(kMon, "08:00", "10:00"), on(kMon, "10:00", "12:00"),
                            on(kWed, "13:00", "15:00")});
  const char* names[] = {"Ada", "Ben", "Cy", "Di"};
  for (int s = 0; s < 4; ++s) {
    Student& st = b.student(id("s", s), names[s]);
    if (s % 2 == 0) st.max_daily_minutes = 120;
    if (s != 1) st.max_minutes_without_break = 60;
    if (s == 3) st.day = hours("09:00", "13:00");
  }
  b.resource("piano", "Piano");
  b.resource("table", "Table", 2);
  const char* subjects[] = {"Math", "Reading", "Piano", "Art", "Latin", "Science", "Music", "Ghost"};
  for (int c = 0; c < 8; ++c) {
    std::vector<std::string> kids = {id("s", c % 4)};
    if (c % 3 == 0) kids.push_back(id("s", (c + 1) % 4));
    if (c == 7) kids.push_back("nobody");
    Course& course = b.course(id("c", c), subjects[c], kids, 1 + rng.below(4), 15 * (1 + rng.below(4)));
    if (c % 2 == 1) course.guardian = c == 5 ? "gran" : "dad";
    if (c % 4 == 2) course.teaching = Teaching::independent;
    if (c % 4 == 2) course.guardian.reset();
    if (c % 3 == 1) course.days = DaySet{0x15};
    if (c % 3 == 2) course.preferred = hours("08:00", "11:00");
    if (c % 2 == 0) course.min_days_between = 1 + rng.below(2);
    if (c == 2 || c == 6) course.resources = {c == 2 ? "piano" : "table"};
    if (c % 5 == 4) course.category = Category::elective;
  }
  Commitment& coop = b.commitment("coop", "Co-op", on(kTue, "09:00", "12:00"));
  coop.students = {"s0", "s1"};
  coop.guardians = {"mom"};
  b.commitment("tuning", "Piano tuning", on(kThu, "10:00", "11:00")).resources = {"piano", "harp"};
  for (int l = 0; l < 30; ++l) {
    const int c = rng.below(9);  // 8 = a course that does not exist
    Placement& p = b.lesson(id("l", l), id("c", c), rng.below(6),
                            "08:00", 15 * (1 + rng.below(5)));
    p.start = 8 * 60 + 5 * rng.below(80);
    if (rng.below(4) == 0) p.guardian = rng.below(3) == 0 ? "mom" : "dad";
    if (rng.below(8) == 0) p.resources = {rng.below(2) == 0 ? "table" : "kiln"};
  }
  return b.plan;
}

Edit random_edit(Random& rng, const Plan& plan, int& next_id) {
  const auto& lessons = plan.placements;
  const int kind = lessons.empty() ? 2 : rng.below(6);
  const auto pick = [&]() -> const std::string& { return lessons[rng.below(lessons.size())].id; };
  switch (kind) {
    case 0: return MoveLesson{pick(), rng.below(7), 8 * 60 + 5 * rng.below(90)};
    case 1: return ResizeLesson{pick(), 5 * (1 + rng.below(24))};
    case 2: {
      Placement p;
      p.id = id("n", next_id++);
      p.course = id("c", rng.below(8));
      p.day = rng.below(6);
      p.start = 8 * 60 + 15 * rng.below(28);
      p.duration = 15 * (1 + rng.below(4));
      return AddLesson{p};
    }
    case 3: return RemoveLesson{pick()};
    case 4: {
      std::optional<std::string> g;
      if (rng.below(3) != 0) g = rng.below(2) == 0 ? "mom" : "dad";
      return SetLessonGuardian{pick(), g};
    }
    default: {
      SetAvailability e{rng.below(2) == 0 ? "mom" : "dad", {}};
      for (int w = rng.below(4); w > 0; --w) {
        const int start = 8 * 60 + 30 * rng.below(12);
        e.availability.push_back({rng.below(5), {start, start + 30 * (1 + rng.below(6))}});
      }
      return e;
    }
  }
}

}  // namespace

TEST_CASE("rule scopes keep the editing session equal to full validation") {
  std::set<std::string_view> seen;
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    Random rng(seed);
    const Plan start = busy_household(rng);
    ValidationSession session(start);
    REQUIRE(session.diagnostics() == validate(start));
    int next_id = 0;
    Plan current = start;
    for (int i = 0; i < 400; ++i) {
      const EditResult result = session.apply(random_edit(rng, current, next_id));
      if (!result.ok()) continue;
      current = session.plan();
      const auto full = validate(current);
      INFO("seed " << seed << ", edit " << i);
      REQUIRE(session.diagnostics() == full);
      for (const auto& d : full) seen.insert(d.code);
    }
  }
  // The household is busy enough that every rule fires at some point, so every rule's
  // scope was exercised.
  for (const auto& rule : rule_catalogue()) {
    INFO("never fired: " << rule.code);
    CHECK(seen.count(rule.code) == 1);
  }
}
