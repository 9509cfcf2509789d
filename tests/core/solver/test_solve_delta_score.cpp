// Debug cross-checks of the solver's fast soft score: the incremental value after every
// move equals a recomputation from scratch, `place_delta` predicts each placement exactly,
// and on a finished week the solver's own score equals the one derived from validate().
#include <doctest/doctest.h>

#include <algorithm>

#include "model.hpp"
#include "random.hpp"
#include "solver/search_control.hpp"
#include "solver/search_state.hpp"
#include "solver/solver_support.hpp"

namespace brightpath::test {

namespace {
Plan generated(std::uint64_t seed, int students, int teachers) {
  GeneratorOptions g;
  g.students = students;
  g.teachers = teachers;
  g.resources = 2;
  g.tightness = 0.5;
  g.seed = seed;
  g.with_placements = false;
  return generate_coop_plan(g);
}
}  // namespace

TEST_CASE("the incremental soft score equals a full recomputation after random moves") {
  for (const std::uint64_t seed : {1ULL, 2ULL, 3ULL}) {
    CAPTURE(seed);
    Plan plan = generated(seed, 10, 3);
    // Make every soft rule bite: tight daily limits and spread requirements.
    for (Student& s : plan.students) {
      s.max_daily_minutes = 120;
      s.max_minutes_without_break = 60;
    }
    for (Course& c : plan.courses) c.min_days_between = 1 + static_cast<int>(c.id.size() % 2);
    const detail::Model model = detail::build_model(plan);
    const solver::Problem problem = solver::build_problem(model, MoveScope::all_unlocked);
    solver::SearchState st(problem);
    Random rng(seed);
    int placements = 0;
    for (int step = 0; step < 4000; ++step) {
      const int t = rng.below(st.task_count());
      if (st.pos(t).placed()) {
        st.unplace(t);
      } else {
        const auto& slots = problem.domains[static_cast<std::size_t>(problem.tasks[static_cast<std::size_t>(t)].domain)].slots;
        if (slots.empty()) continue;
        const solver::Slot s = slots[static_cast<std::size_t>(rng.below(static_cast<int>(slots.size())))];
        const int g = st.fitting_guardian(t, s.day, s.cell, rng.next());
        if (g == detail::kUnknown) continue;
        const solver::Pos at{s.day, s.cell, g};
        const std::int64_t predicted = st.place_delta(t, at);
        const std::int64_t before = st.soft();
        st.place(t, at);
        REQUIRE(st.soft() - before == predicted);
        ++placements;
      }
      REQUIRE(st.soft() == st.recompute_soft());
    }
    CHECK(placements > 100);
  }
}

TEST_CASE("on a finished week the solver's own soft score equals the one from validate") {
  for (const std::uint64_t seed : {4ULL, 5ULL, 6ULL, 7ULL}) {
    CAPTURE(seed);
    const Plan plan = generated(seed, 8, 2);
    std::int64_t internal = -1;
    SolveOptions o = quick_options(seed, 3000);
    o.on_progress = [&internal](const SolveProgress& p) {
      internal = p.best_soft;
      return true;
    };
    const SolveResult r = solve(plan, o);
    REQUIRE(r.status == SolveStatus::feasible);
    // The search leaves the weekly targets to the hard side (every session placed); they
    // are the only warnings it does not score itself.
    std::int64_t targets = 0;
    for (const ScoreTerm& t : r.breakdown) {
      if (t.code == "sessions-off-target" || t.code == "minutes-off-target") targets += t.penalty;
    }
    CHECK(internal == r.score.soft - targets);
  }
}

}  // namespace brightpath::test

namespace brightpath::test {

// The ejection scan of the chains (children's and rooms' blockers found once per start,
// the guardian's per candidate, who is in the way read from the per-cell owner table)
// finds exactly what `blockers` finds start by start, on half-full weeks.
TEST_CASE("the ejection scan finds the same blockers as checking each start") {
  for (const std::uint64_t seed : {11ULL, 12ULL}) {
    CAPTURE(seed);
    GeneratorOptions g;
    g.students = 20;
    g.teachers = 4;
    g.resources = 2;
    g.tightness = 0.7;
    g.seed = seed;
    g.with_placements = false;
    const Plan plan = generate_coop_plan(g);
    const detail::Model model = detail::build_model(plan);
    const solver::Problem problem = solver::build_problem(model, MoveScope::all_unlocked);
    solver::SearchState st(problem);
    Random rng(seed);
    for (int t = 0; t < st.task_count(); ++t) {
      if (rng.chance(60)) solver::place_best(st, t, rng);
    }
    int compared = 0;
    std::vector<int> expected;
    for (int t = 0; t < st.task_count(); ++t) {
      if (st.pos(t).placed()) continue;
      const std::size_t limit = 4;
      st.for_each_ejection(t, limit, [&](const solver::Pos& at, const std::vector<int>& got) {
        REQUIRE(st.blockers(t, at.day, at.cell, at.guardian, expected, limit));
        REQUIRE(expected.size() <= limit);
        std::vector<int> a = got;
        std::vector<int> b = expected;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        CHECK(a == b);
        ++compared;
      });
    }
    CHECK(compared > 50);
  }
}

}  // namespace brightpath::test
