// The session's promise: after every edit its diagnostics are exactly what full validation
// of the edited plan reports, and the reported delta turns the old list into the new one.
#include <doctest/doctest.h>


#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>

#include "brightpath/generate.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/session.hpp"
#include "brightpath/validate.hpp"
#include "random.hpp"

using namespace brightpath;

namespace {

Plan load_example(const std::string& name) {
  std::ifstream file(std::string(BRIGHTPATH_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
  REQUIRE(file.good());
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  auto decoded = decode_plan(text);
  REQUIRE(decoded.ok());
  return *decoded.value;
}

Edit random_edit(Random& rng, const Plan& plan, int& next_id) {
  const auto& lessons = plan.placements;
  const int kind = lessons.empty() ? 60 : rng.below(100);  // an empty week can only grow
  const auto random_start = [&rng](int duration) {
    const int start = 6 * 60 + 5 * rng.below((14 * 60) / 5);
    return std::min(start, kMinutesPerDay - duration);
  };
  const auto some_lesson = [&]() -> const Placement& { return lessons[rng.below(lessons.size())]; };
  if (kind < 45) {
    // Mostly drags like a parent's (same day, up to two hours either way), sometimes anywhere.
    const Placement& p = some_lesson();
    if (rng.chance(70)) {
      const int start = std::clamp(p.start + 5 * (rng.below(49) - 24), 0, kMinutesPerDay - p.duration);
      return MoveLesson{p.id, p.day, start};
    }
    return MoveLesson{p.id, rng.chance(85) ? rng.below(5) : rng.below(7), random_start(p.duration)};
  }
  if (kind < 60) return ResizeLesson{some_lesson().id, 5 * (1 + rng.below(24))};
  if (kind < 72 && !plan.courses.empty()) {
    Placement p;
    p.id = "r";
    p.id += std::to_string(next_id++);  // not "r" + ...: GCC 12 -Wrestrict false positive
    p.course = plan.courses[rng.below(plan.courses.size())].id;
    p.day = rng.below(6);
    p.duration = 15 * (1 + rng.below(6));
    p.start = random_start(p.duration);
    if (!plan.guardians.empty() && rng.chance(30)) {
      p.guardian = plan.guardians[rng.below(plan.guardians.size())].id;
    }
    if (!plan.resources.empty() && rng.chance(15)) {
      p.resources.push_back(plan.resources[rng.below(plan.resources.size())].id);
    }
    return AddLesson{p};
  }
  if (kind < 84) return RemoveLesson{some_lesson().id};
  if (kind < 94 && !plan.guardians.empty()) {
    std::optional<std::string> g;
    if (rng.chance(80)) g = plan.guardians[rng.below(plan.guardians.size())].id;
    return SetLessonGuardian{some_lesson().id, g};
  }
  if (!plan.guardians.empty()) {
    SetAvailability e{plan.guardians[rng.below(plan.guardians.size())].id, {}};
    const int windows = rng.below(6);
    for (int w = 0; w < windows; ++w) {
      const int start = 6 * 60 + 30 * rng.below(20);
      e.availability.push_back({rng.below(7), {start, start + 30 * (1 + rng.below(10))}});
    }
    return e;
  }
  return RemoveLesson{"no-such-lesson"};
}

// Applies the delta to a sorted list, the way a UI holding the list would.
std::vector<Diagnostic> patched(std::vector<Diagnostic> list, const EditResult& r) {
  for (const auto& gone : r.removed) {
    auto it = std::find(list.begin(), list.end(), gone);
    REQUIRE(it != list.end());
    list.erase(it);
  }
  for (const Diagnostic* d : r.added) list.push_back(*d);
  sort_diagnostics(list);
  return list;
}

void run_random_edits(const Plan& start, int edits, std::uint64_t seed) {
  ValidationSession session(start);
  // What a host shows when it patches the first full list with every edit's changes: all of
  // them, so compared with an unbounded validation. The lists both give by default (at most
  // kMaxDiagnosticsPerCode of a code, then a summary) must also agree.
  constexpr std::size_t kAll = std::numeric_limits<std::size_t>::max();
  std::vector<Diagnostic> shown = session.diagnostics(kAll);
  REQUIRE(shown == validate(start, kAll));
  REQUIRE(session.diagnostics() == validate(start));
  Random rng(seed);
  int next_id = 0;
  Plan current = start;
  for (int i = 0; i < edits; ++i) {
    const Edit edit = random_edit(rng, current, next_id);
    const EditResult result = session.apply(edit);
    if (!result.ok()) {
      CHECK(result.added.empty());
      CHECK(result.removed.empty());
      continue;
    }
    current = session.plan();
    const std::vector<Diagnostic> full = validate(current);
    const std::vector<Diagnostic> incremental = session.diagnostics();
    INFO("edit " << i << " of seed " << seed);
    REQUIRE(incremental == full);
    REQUIRE(result.counts == count_diagnostics(full));
    shown = patched(shown, result);
    REQUIRE(shown == validate(current, kAll));
  }
}

}  // namespace

// 11,000 edits in all, every one checked against a full validation.
TEST_CASE("session diagnostics equal full validation after every random edit") {
  SUBCASE("family example, 6,000 edits") { run_random_edits(load_example("family.json"), 6000, 7); }
  SUBCASE("family with conflicts, 1,000 edits") {
    run_random_edits(load_example("family-conflicts.json"), 1000, 19);
  }
  SUBCASE("one-child example, 2,500 edits") { run_random_edits(load_example("one-child.json"), 2500, 11); }
  SUBCASE("small generated co-op, 1,500 edits") {
    GeneratorOptions options;
    options.students = 24;
    options.teachers = 4;
    options.resources = 3;
    options.seed = 5;
    run_random_edits(generate_coop_plan(options), 1500, 13);
  }
}

TEST_CASE("session keeps dangling references consistent with full validation") {
  Plan plan = load_example("one-child.json");
  REQUIRE(!plan.placements.empty());
  plan.placements[0].course = "no-such-course";
  plan.placements.back().guardian = "no-such-guardian";
  if (!plan.courses.empty()) plan.courses[0].students.push_back("no-such-student");
  run_random_edits(plan, 1000, 17);
}
