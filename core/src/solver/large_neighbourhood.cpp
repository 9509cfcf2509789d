// The search's stronger move for stalled partial weeks: a large-neighbourhood step (as
// CP-SAT's LNS) around one session left out. The chains stall on tight weeks because placing a
// large class means evicting other large classes of the same teacher or children, which
// need the same rare moments; taking out everything that competes with it on one day (or
// its teacher's whole week) and rebuilding that part hardest first lets the part be
// rearranged as a whole, which single evictions cannot.
#include <algorithm>

#include "random.hpp"
#include "search_control.hpp"

namespace brightpath::solver {
namespace {
// How often the step rebuilds the teacher's whole week rather than one day around the
// session: 30 % measured better than 0, 60 or 100 % (docs/solver.md).
constexpr int kTeacherWeekPercent = 30;
}  // namespace

void rebuild_around(SearchState& st, Random& rng, SearchControl& control, int task) {
  const Problem& p = st.problem();
  const Task& t = p.tasks[static_cast<std::size_t>(task)];
  const Domain& d = p.domains[static_cast<std::size_t>(t.domain)];
  if (d.slots.empty()) return;
  std::vector<int> out;
  const auto take = [&](int u) {
    if (u != task && st.pos(u).placed() && std::find(out.begin(), out.end(), u) == out.end()) out.push_back(u);
  };
  if (t.guardian >= 0 && rng.chance(kTeacherWeekPercent)) {
    // The teacher's whole week.
    for (int day = 0; day < 7; ++day) {
      for (const int u : st.guardian_day_tasks(t.guardian, day)) take(u);
    }
  } else {
    // One of the session's possible days: everyone and everything it needs, that day.
    const int day = d.slots[static_cast<std::size_t>(rng.below(static_cast<int>(d.slots.size())))].day;
    for (const int s : t.students) {
      for (const int u : st.student_day_tasks(s, day)) take(u);
    }
    for (const int x : t.resources) {
      for (const int u : st.resource_day_tasks(x, day)) take(u);
    }
    if (t.guardian >= 0) {
      for (const int u : st.guardian_day_tasks(t.guardian, day)) take(u);
    }
  }
  for (const int u : out) st.unplace(u);
  sort_hardest_first(p, out);
  out.insert(out.begin(), task);
  construct_round(st, rng, control, out, 2LL * static_cast<std::int64_t>(out.size()) + 20);
}

}  // namespace brightpath::solver
