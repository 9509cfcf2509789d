// One definition per rule: the solver's soft score, counted by code, equals what validate()
// reports for the same week, finding for finding and weight for weight. Both call the
// rules' kernels (rules/warning_kernels.hpp); this holds them together on every example and
// on randomized weeks, so a change to one side alone fails here.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "brightpath/plan_json.hpp"
#include "model.hpp"
#include "random.hpp"
#include "solver/search_state.hpp"
#include "solver/solver_support.hpp"

namespace brightpath::test {

namespace {

// The week in `st` as a plan: every task's lesson where the state put it, new sessions added.
Plan week_of(const Plan& plan, const solver::Problem& p, const solver::SearchState& st) {
  Plan out = plan;
  std::vector<bool> drop(out.placements.size(), false);
  int k = 0;
  for (int t = 0; t < st.task_count(); ++t) {
    const solver::Task& task = p.tasks[static_cast<std::size_t>(t)];
    const solver::Pos& at = st.pos(t);
    if (task.placement >= 0 && !at.placed()) drop[static_cast<std::size_t>(task.placement)] = true;
    if (!at.placed()) continue;
    Placement pl;
    if (task.placement >= 0) pl = out.placements[static_cast<std::size_t>(task.placement)];
    pl.id = task.placement >= 0 ? pl.id : "agree-new-" + std::to_string(k++);
    pl.course = plan.courses[static_cast<std::size_t>(task.course)].id;
    pl.day = at.day;
    pl.start = at.cell * p.grid;
    pl.duration = task.duration;
    if (at.guardian >= 0) pl.guardian = plan.guardians[static_cast<std::size_t>(at.guardian)].id;
    if (task.placement >= 0) {
      out.placements[static_cast<std::size_t>(task.placement)] = pl;
    } else {
      out.placements.push_back(pl);
    }
  }
  std::vector<Placement> kept;
  for (std::size_t i = 0; i < out.placements.size(); ++i) {
    if (i >= drop.size() || !drop[i]) kept.push_back(out.placements[i]);
  }
  out.placements = kept;
  return out;
}

// Checks the state's counts against validate() on the week it holds, code by code.
void check_agrees(const Plan& plan, const solver::Problem& p, const solver::SearchState& st) {
  const Plan week = week_of(plan, p, st);
  std::map<std::string, std::int64_t> found;
  for (const Diagnostic& d : validate(week)) {
    if (d.severity == Severity::warning) found[std::string(d.code)] += d.findings();
  }
  const solver::SoftCounts counts = st.soft_counts();
  std::int64_t total = 0;
  for (int i = 0; i < solver::kSoftCodes; ++i) {
    const std::string code(solver::soft_code(static_cast<solver::Soft>(i)));
    // The weekly targets are the search's hard side (unplaced sessions), not soft terms.
    if (code == "sessions-off-target" || code == "minutes-off-target") continue;
    CAPTURE(code);
    CHECK(counts[static_cast<std::size_t>(i)] == found[code]);
    CHECK(counts[static_cast<std::size_t>(i)] * p.weights.by_code[static_cast<std::size_t>(i)] ==
          found[code] * soft_weight(week, code));
    total += found[code] * soft_weight(week, code);
  }
  CHECK(st.soft() == total);
}

// Lays the plan's lessons where they are (as construction keeps them), then makes random
// moves, checking agreement every so often.
void check_plan(const Plan& plan, std::uint64_t seed, int moves) {
  const detail::Model model = detail::build_model(plan);
  const solver::Problem p = solver::build_problem(model, MoveScope::all_unlocked);
  solver::SearchState st(p);
  for (int t = 0; t < st.task_count(); ++t) {
    const solver::Task& task = p.tasks[static_cast<std::size_t>(t)];
    if (task.placement < 0 || task.initial.day < 0) continue;
    if (!p.allowed(p.domains[static_cast<std::size_t>(task.domain)], task.initial.day, task.initial.cell)) continue;
    const int g = st.fitting_guardian(t, task.initial.day, task.initial.cell, 0);
    if (g != detail::kUnknown) st.place(t, solver::Pos{task.initial.day, task.initial.cell, g});
  }
  check_agrees(plan, p, st);
  Random rng(seed);
  for (int step = 1; step <= moves; ++step) {
    const int t = rng.below(std::max(1, st.task_count()));
    if (st.task_count() == 0) break;
    if (st.pos(t).placed()) st.unplace(t);
    const auto& slots = p.domains[static_cast<std::size_t>(p.tasks[static_cast<std::size_t>(t)].domain)].slots;
    if (!slots.empty()) {
      const solver::Slot s = slots[static_cast<std::size_t>(rng.below(static_cast<int>(slots.size())))];
      const int g = st.fitting_guardian(t, s.day, s.cell, rng.next());
      if (g != detail::kUnknown) st.place(t, solver::Pos{s.day, s.cell, g});
    }
    if (step % 50 == 0) check_agrees(plan, p, st);
  }
}

Plan load(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  const Decoded<Plan> decoded = decode_plan(text.str());
  REQUIRE(decoded.ok());
  return *decoded.value;
}

}  // namespace

TEST_CASE("the solver's soft score equals validation's warnings on every example") {
  int examples = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(BRIGHTPATH_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() != ".json") continue;
    CAPTURE(entry.path().filename().string());
    check_plan(load(entry.path()), 1, 200);
    ++examples;
  }
  CHECK(examples >= 4);
}

TEST_CASE("the solver's soft score equals validation's warnings on randomized weeks") {
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    CAPTURE(seed);
    GeneratorOptions g;
    g.students = 12;
    g.teachers = 3;
    g.resources = 2;
    g.tightness = 0.6;
    g.seed = seed;
    Plan plan = generate_coop_plan(g);
    // Make every soft rule bite, with limits and weights that differ from plan to plan.
    Random rng(seed * 7919);
    for (Student& s : plan.students) {
      if (rng.chance(70)) s.max_daily_minutes = 60 + 15 * rng.below(12);
      if (rng.chance(70)) s.max_minutes_without_break = 30 + 5 * rng.below(18);
    }
    for (Course& c : plan.courses) {
      c.min_days_between = rng.below(3);
      if (rng.chance(30)) c.preferred = TimeSpan{9 * 60, (10 + rng.below(4)) * 60};
    }
    // Locked lessons off the grid, which the solver never moves but must still count.
    for (Placement& pl : plan.placements) {
      if (rng.chance(10)) {
        pl.locked = true;
        if (rng.chance(50)) pl.start += 5;
      }
    }
    plan.weights.push_back({"no-break", 1 + rng.below(50)});
    plan.weights.push_back({"sessions-too-close", rng.below(40)});
    check_plan(plan, seed, 400);
  }
}

}  // namespace brightpath::test
