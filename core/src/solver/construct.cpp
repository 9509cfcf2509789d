// Phase 1: build a week greedily, most constrained session first, and when a session fits
// nowhere, make room by ejecting a few movable lessons that stand in its way (they go
// back to the front of the queue). Ejections are budgeted and lessons ejected often become
// expensive to eject again, so the chain cannot cycle for long.
#include <algorithm>
#include <deque>

#include "random.hpp"
#include "search_control.hpp"

namespace brightpath::solver {
namespace {

using detail::kUnknown;

// An ejection chain step may evict a few lessons; their summed `parties` is capped so a
// big class is only evicted when nothing cheaper makes room.
constexpr std::size_t kMaxEjected = 6;
constexpr int kMaxEjectedParties = 60;
constexpr int kConstructionRounds = 4;

// Existing lessons (moving under all_unlocked) stay where they are when that still works:
// a repaired week should look like the week the parent made.
bool keep_existing(SearchState& st, SearchControl& control) {
  const Problem& p = st.problem();
  for (int t = 0; t < st.task_count(); ++t) {
    if (!control.work(1 + static_cast<std::int64_t>(p.all_guardians.size()))) return false;
    const Task& task = p.tasks[static_cast<std::size_t>(t)];
    if (task.placement < 0 || task.initial.day < 0) continue;
    if (!p.allowed(p.domains[static_cast<std::size_t>(task.domain)], task.initial.day, task.initial.cell)) continue;
    int g = task.guardian;
    if (g == kAnyGuardian) {
      g = task.initial_guardian;
      if (g < 0 || !st.fits(t, task.initial.day, task.initial.cell, g)) {
        g = st.fitting_guardian(t, task.initial.day, task.initial.cell, 0);
      }
      if (g == kUnknown) continue;
    } else if (!st.fits(t, task.initial.day, task.initial.cell, g)) {
      continue;
    }
    st.place(t, Pos{task.initial.day, task.initial.cell, g});
  }
  return true;
}

// The free start with the best soft score (ties broken at random); false if none is free.
bool best_free_slot(const SearchState& st, int t, Random& rng, Pos& out) {
  const Problem& p = st.problem();
  const Domain& d = p.domains[static_cast<std::size_t>(p.tasks[static_cast<std::size_t>(t)].domain)];
  std::int64_t best = INT64_MAX;
  int ties = 0;
  st.add_work(st.domain_work(t));
  for (const Slot& s : d.slots) {
    const int g = st.fitting_guardian(t, s.day, s.cell, static_cast<std::uint64_t>(t));
    if (g == kUnknown) continue;
    const Pos at{s.day, s.cell, g};
    const std::int64_t delta = st.place_delta(t, at);
    if (delta < best) {
      best = delta;
      ties = 1;
      out = at;
    } else if (delta == best && rng.below(++ties) == 0) {
      out = at;
    }
  }
  return best != INT64_MAX;
}

}  // namespace

bool place_best(SearchState& st, int t, Random& rng) {
  Pos at;
  if (!best_free_slot(st, t, rng, at)) return false;
  st.place(t, at);
  return true;
}

// One greedy pass with ejections over `order`; returns when the queue is empty or the
// ejection budget, the time or the callback stops it.
void construct_round(SearchState& st, Random& rng, SearchControl& control, const std::vector<int>& order,
                     std::int64_t budget) {
  const Problem& p = st.problem();
  const int n = st.task_count();
  std::deque<int> queue(order.begin(), order.end());
  std::vector<int> ejections(static_cast<std::size_t>(n), 0);
  std::vector<int> chosen;
  while (!queue.empty()) {
    if (!control.work(st.take_work())) break;
    const int t = queue.front();
    queue.pop_front();
    if (st.pos(t).placed()) continue;
    if (place_best(st, t, rng)) continue;
    if (budget <= 0) continue;

    // No free start: the start whose blockers are fewest and least often ejected so far.
    std::int64_t best = INT64_MAX;
    int ties = 0;
    Pos target;
    st.for_each_ejection(t, kMaxEjected, [&](const Pos& at, const std::vector<int>& in_way) {
      if (in_way.empty()) return;
      std::int64_t cost = 0;
      int parties = 0;
      for (const int u : in_way) {
        parties += p.tasks[static_cast<std::size_t>(u)].parties;
        cost += 1000LL * p.tasks[static_cast<std::size_t>(u)].parties + 300LL * ejections[static_cast<std::size_t>(u)] + rng.below(10);
      }
      if (parties > kMaxEjectedParties) return;
      if (cost < best) {
        best = cost;
        ties = 1;
        target = at;
        chosen = in_way;
      } else if (cost == best && rng.below(++ties) == 0) {
        target = at;
        chosen = in_way;
      }
    });
    if (best == INT64_MAX) continue;  // left for the local search
    for (const int u : chosen) {
      st.unplace(u);
      ++ejections[static_cast<std::size_t>(u)];
      queue.push_front(u);
    }
    budget -= static_cast<std::int64_t>(chosen.size());
    st.place(t, target);
  }
}

namespace {

// Hardest first: few possible starts per person or thing that must be free at once.
std::tuple<double, int, int> hardness(const Problem& p, int t) {
  const Task& task = p.tasks[static_cast<std::size_t>(t)];
  const double parties = static_cast<double>(task.students.size() + task.resources.size() +
                                             (task.guardian == detail::kNone ? 0 : 1));
  const double slots = static_cast<double>(p.domains[static_cast<std::size_t>(task.domain)].slots.size());
  return std::make_tuple(slots / (parties * task.cells), -task.cells, t);
}

}  // namespace

void sort_hardest_first(const Problem& p, std::vector<int>& tasks) {
  std::sort(tasks.begin(), tasks.end(), [&](int a, int b) { return hardness(p, a) < hardness(p, b); });
}

void reconstruct(SearchState& st, Random& rng, SearchControl& control, const std::vector<int>& first) {
  const Problem& p = st.problem();
  const std::vector<Pos>& kept = control.kept;
  for (int t = 0; t < st.task_count(); ++t) {
    if (st.pos(t).placed() && !(kept[static_cast<std::size_t>(t)] == st.pos(t))) st.unplace(t);
  }
  std::vector<int> rest = st.unplaced_tasks();
  sort_hardest_first(p, rest);
  std::vector<int> order = first;
  for (const int t : rest) {
    if (std::find(first.begin(), first.end(), t) == first.end()) order.push_back(t);
  }
  construct_round(st, rng, control, order, 2LL * st.task_count() + 100);
}

bool construct(SearchState& st, Random& rng, SearchControl& control) {
  const Problem& p = st.problem();
  control.begin(SolvePhase::constructing);
  // Stopped before every existing lesson was looked at, the week so far would lack lessons
  // the parent placed: the caller returns the plan as it came instead.
  if (!keep_existing(st, control)) return false;
  control.kept = st.positions();

  // Hardest first: few possible starts per person or thing that must be free at once. A
  // class of twelve with its teacher has to find a moment when thirteen weeks agree, so it
  // goes before a child's independent reading, which fits in any of that child's gaps.
  std::vector<int> order = st.unplaced_tasks();
  sort_hardest_first(p, order);

  // Squeaky wheel: sessions a round could not place go first in the next round, from the
  // same kept lessons, until one round places everything (or a few rounds have passed).
  // The best round is kept.
  const std::vector<Pos> kept = st.positions();
  for (int round = 0; round < kConstructionRounds; ++round) {
    construct_round(st, rng, control, order, 2LL * st.task_count() + 100);  // the local search carries on where this stops
    control.offer(st);
    if (st.unplaced() == 0 || control.stopped() || control.out_of_time()) break;
    std::vector<int> next = st.unplaced_tasks();
    sort_hardest_first(p, next);
    for (const int t : order) {
      if (st.pos(t).placed()) next.push_back(t);
    }
    order = std::move(next);
    for (int t = 0; t < st.task_count(); ++t) {
      if (st.pos(t).placed() && !(kept[static_cast<std::size_t>(t)] == st.pos(t))) st.unplace(t);
    }
  }
  // Back to the best round.
  const std::vector<Pos>& best = control.best();
  for (int t = 0; t < st.task_count(); ++t) {
    if (st.pos(t).placed() && !(best[static_cast<std::size_t>(t)] == st.pos(t))) st.unplace(t);
  }
  for (int t = 0; t < st.task_count(); ++t) {
    if (best[static_cast<std::size_t>(t)].placed() && !st.pos(t).placed()) st.place(t, best[static_cast<std::size_t>(t)]);
  }
  // Still incomplete (a tight week): rearrange the classes in the space of complete weeks.
  repair_conflicts(st, rng, control);
  control.report();
  return true;
}

}  // namespace brightpath::solver
