// Repair in the space of complete weeks, for a week construction left incomplete: every
// class (a lesson with a named teacher) is given a start, overlaps are allowed and counted,
// and a min-conflicts tabu search with breakout weights (as Tabucol for graph colouring,
// and as school timetablers and Timefold-style local search reach feasibility) moves one
// class in conflict at a time to its start with the lowest weighted overlap; a class that
// stays put because every other start is worse makes the cells it overlaps weigh more.
// The partial-week search cannot do this: there, a class of twelve enters only where
// everyone is free or a few lessons can be evicted, and on tight weeks no such start
// exists; here it may land on other classes, which then move in turn.
//
// Children's independent work is left out of the repair and placed around the classes
// afterwards (it fits in the gaps; with it in the repair, the result measured worse).
// "Any guardian" classes keep what construction gave them and count as fixed: choosing a
// guardian as well would multiply the starts to look at by the number of adults. The
// result is turned back into a partial week (classes placed where the repair put them when
// they fit there, then everything else by construction's pass) and kept only when it
// leaves fewer sessions out than construction did; otherwise the week is as it was.
#include <algorithm>

#include "random.hpp"
#include "search_control.hpp"

namespace brightpath::solver {
namespace {

// Moves without a new lowest overlap count before the repair gives up, per session.
constexpr std::int64_t kPatiencePerTask = 20;
constexpr std::int64_t kMinPatience = 20000;
// At most this many moves per session of the week in all (about a second of work for a
// 300-child co-op; measured, docs/solver.md).
constexpr std::int64_t kMovesPerTask = 100;
// A move back to the start a class just left is forbidden for this many moves plus a
// random part (Tabucol's tenure).
constexpr std::int64_t kTenure = 10;
constexpr int kTenureNoise = 10;
// With a time budget, the repair stops after this share of the time left (the week it
// hands over still needs the walk; on a 1,000-child co-op on a loaded machine the move
// limit alone took the whole 10 s and left the walk none).
constexpr double kTimeShare = 0.25;
// Every overlapping cell starts at this weight; breakout adds one at a time, so the weights
// shift the search gently (1 and 10 measured worse: the search wandered off its best).
constexpr std::int64_t kBaseWeight = 100;

class ConflictWeek {
 public:
  ConflictWeek(const SearchState& st, Random& rng) : st_(st), p_(st.problem()), rng_(rng) {
    const Plan& plan = p_.model->plan;
    cells_ = p_.cells_per_day;
    students_.assign(plan.students.size() * 7 * static_cast<std::size_t>(cells_), 0);
    guardians_.assign(plan.guardians.size() * 7 * static_cast<std::size_t>(cells_), 0);
    resources_.assign(plan.resources.size() * 7 * static_cast<std::size_t>(cells_), 0);
    student_weight_.assign(students_.size(), kBaseWeight);
    guardian_weight_.assign(guardians_.size(), kBaseWeight);
    resource_weight_.assign(resources_.size(), kBaseWeight);
    const std::size_t n = p_.tasks.size();
    slot_.assign(n, -1);
    tabu_slot_.assign(n, -1);
    tabu_until_.assign(n, 0);
    listed_.assign(n, 0);
    student_day_.assign(plan.students.size() * 7, {});
    guardian_day_.assign(plan.guardians.size() * 7, {});
    resource_day_.assign(plan.resources.size() * 7, {});
  }

  // Lays the week out: placed sessions where they are, the others at their least
  // conflicting start. False when a session has no start at all (nothing to repair).
  bool start() {
    for (int u = 0; u < st_.task_count(); ++u) {
      const Pos& at = st_.pos(u);
      const Task& t = task(u);
      if (t.guardian == kAnyGuardian) {
        if (at.placed()) add(u, at.day, at.cell, at.guardian, +1);
        continue;
      }
      if (!at.placed() || !in_repair(u)) continue;
      move(u, slot_index(u, at.day, at.cell));
    }
    for (const int u : st_.unplaced_tasks()) {
      if (!in_repair(u)) continue;
      if (domain(u).slots.empty()) return false;
      move(u, best_slot(u));
    }
    return true;
  }

  // Min-conflicts with tabu until no overlap is left, patience or the move limit runs out,
  // its share of the time is spent or the control says stop. The lowest-overlap week found
  // is in best_slots().
  void search(SearchControl& control) {
    const double now = control.elapsed_ms();
    const double stop_ms = now + kTimeShare * (control.deadline_ms() - now);  // infinity without a budget
    best_ = overlaps_;
    best_slot_ = slot_;
    const std::int64_t patience =
        std::max<std::int64_t>(kMinPatience, kPatiencePerTask * static_cast<std::int64_t>(p_.tasks.size()));
    std::int64_t since_best = 0;
    const std::int64_t cap = kMovesPerTask * static_cast<std::int64_t>(p_.tasks.size());
    while (overlaps_ > 0 && since_best < patience && moves_ < cap) {
      if (!control.work(work_) || control.out_of_time()) break;
      if ((moves_ & 255) == 0 && control.elapsed_ms() > stop_ms) break;
      work_ = 0;
      const int u = pick_conflicting();
      if (u < 0) break;
      ++moves_;
      const int to = best_slot(u);
      if (to < 0) continue;
      if (to == slot_[static_cast<std::size_t>(u)]) {
        const Slot& s = domain(u).slots[static_cast<std::size_t>(to)];
        add(u, s.day, s.cell, task(u).guardian, -1);
        bump(u, s);
        add(u, s.day, s.cell, task(u).guardian, +1);
        continue;
      }
      const int from = slot_[static_cast<std::size_t>(u)];
      move(u, to);
      tabu_slot_[static_cast<std::size_t>(u)] = from;
      tabu_until_[static_cast<std::size_t>(u)] = moves_ + kTenure + rng_.below(kTenureNoise);
      if (overlaps_ < best_) {
        best_ = overlaps_;
        best_slot_ = slot_;
        since_best = 0;
      } else {
        ++since_best;
      }
    }
  }

  [[nodiscard]] const std::vector<int>& best_slots() const { return best_slot_; }

 private:
  const Task& task(int u) const { return p_.tasks[static_cast<std::size_t>(u)]; }
  // The sessions the repair moves: classes with a named teacher (see the top of the file).
  bool in_repair(int u) const { return task(u).guardian >= 0; }
  const Domain& domain(int u) const { return p_.domains[static_cast<std::size_t>(task(u).domain)]; }
  std::size_t at(int entity, int day, int cell) const {
    return (static_cast<std::size_t>(entity) * 7 + static_cast<std::size_t>(day)) * static_cast<std::size_t>(cells_) +
           static_cast<std::size_t>(cell);
  }
  int slot_index(int u, int day, int cell) const {
    const auto& slots = domain(u).slots;
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (slots[i].day == day && slots[i].cell == cell) return static_cast<int>(i);
    }
    return 0;
  }
  int capacity(int x) const { return p_.model->plan.resources[static_cast<std::size_t>(x)].capacity; }

  // Adds (+1) or removes (-1) a session's use of its cells, keeping the overlap count: one
  // per cell where a child or adult holds two lessons, or a resource one over capacity.
  void add(int u, int day, int cell, int guardian, int delta) {
    const Task& t = task(u);
    const int end = std::min(cell + t.cells, cells_);
    const auto count = [&](std::vector<int>& v, std::size_t i, int limit) {
      if (delta > 0) {
        if (v[i] >= limit) ++overlaps_;
        ++v[i];
      } else {
        --v[i];
        if (v[i] >= limit) --overlaps_;
      }
    };
    for (const int s : t.students) {
      for (int c = cell; c < end; ++c) count(students_, at(s, day, c), 1);
    }
    if (guardian >= 0) {
      for (int c = cell; c < end; ++c) count(guardians_, at(guardian, day, c), 1);
    }
    for (const int x : t.resources) {
      for (int c = cell; c < end; ++c) count(resources_, at(x, day, c), capacity(x));
    }
  }

  // Breakout: `u` (not laid out) stays where it is because every other start is worse, so
  // the cells where it overlaps weigh more from now on; the sessions there look elsewhere.
  void bump(int u, const Slot& s) {
    const Task& t = task(u);
    const int end = std::min(s.cell + t.cells, cells_);
    for (const int st : t.students) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(st, s.day, k);
        if (students_[i] > 0) ++student_weight_[i];
      }
    }
    if (t.guardian >= 0) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(t.guardian, s.day, k);
        if (guardians_[i] > 0) ++guardian_weight_[i];
      }
    }
    for (const int x : t.resources) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(x, s.day, k);
        if (resources_[i] >= capacity(x)) ++resource_weight_[i];
      }
    }
  }

  // The weighted overlaps `u` (not laid out) would add at `s`.
  std::int64_t cost(int u, const Slot& s) const {
    const Task& t = task(u);
    const int end = std::min(s.cell + t.cells, cells_);
    std::int64_t c = 0;
    for (const int st : t.students) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(st, s.day, k);
        if (students_[i] > 0) c += student_weight_[i];
      }
    }
    if (t.guardian >= 0) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(t.guardian, s.day, k);
        if (guardians_[i] > 0) c += guardian_weight_[i];
      }
    }
    for (const int x : t.resources) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(x, s.day, k);
        if (resources_[i] >= capacity(x)) c += resource_weight_[i];
      }
    }
    return c;
  }

  // Lays `u` out at slot `to` (taking it off its current one) and lists the sessions it now
  // overlaps as candidates for the next moves.
  void move(int u, int to) {
    const Task& t = task(u);
    int& slot = slot_[static_cast<std::size_t>(u)];
    if (slot >= 0) {
      const Slot& s = domain(u).slots[static_cast<std::size_t>(slot)];
      add(u, s.day, s.cell, t.guardian, -1);
      index(u, s, false);
    }
    slot = to;
    const Slot& s = domain(u).slots[static_cast<std::size_t>(to)];
    if (cost(u, s) > 0) {
      list(u);
      list_overlapping(u, s);
    }
    add(u, s.day, s.cell, t.guardian, +1);
    index(u, s, true);
  }

  void list(int u) {
    if (listed_[static_cast<std::size_t>(u)] != 0) return;
    listed_[static_cast<std::size_t>(u)] = 1;
    conflicted_.push_back(u);
  }

  // The start with the lowest weighted overlap (ties at random; staying put counts one more,
  // so plateaus are crossed), never the start `u` left within its tabu tenure. -1 when `u`
  // has no other start.
  int best_slot(int u) {
    const Task& t = task(u);
    const auto& slots = domain(u).slots;
    const int current = slot_[static_cast<std::size_t>(u)];
    if (current >= 0) {
      const Slot& s = slots[static_cast<std::size_t>(current)];
      add(u, s.day, s.cell, t.guardian, -1);
    }
    work_ += static_cast<std::int64_t>(slots.size());
    std::int64_t best = INT64_MAX;
    int chosen = -1;
    int ties = 0;
    const bool tabu_active = tabu_until_[static_cast<std::size_t>(u)] > moves_;
    for (std::size_t i = 0; i < slots.size(); ++i) {
      const std::int64_t c = cost(u, slots[i]) + (static_cast<int>(i) == current ? 1 : 0);
      if (tabu_active && static_cast<int>(i) == tabu_slot_[static_cast<std::size_t>(u)]) continue;
      if (c < best) {
        best = c;
        chosen = static_cast<int>(i);
        ties = 1;
      } else if (c == best && rng_.below(++ties) == 0) {
        chosen = static_cast<int>(i);
      }
    }
    if (current >= 0) {
      const Slot& s = slots[static_cast<std::size_t>(current)];
      add(u, s.day, s.cell, t.guardian, +1);
      if (chosen < 0) return -1;
    }
    return chosen < 0 ? 0 : chosen;
  }

  // A random session that overlaps something now (lazily pruned from the candidates).
  int pick_conflicting() {
    while (!conflicted_.empty()) {
      const std::size_t i = static_cast<std::size_t>(rng_.below(static_cast<int>(conflicted_.size())));
      const int u = conflicted_[i];
      const Slot& s = domain(u).slots[static_cast<std::size_t>(slot_[static_cast<std::size_t>(u)])];
      add(u, s.day, s.cell, task(u).guardian, -1);
      const bool overlapping = cost(u, s) > 0;
      add(u, s.day, s.cell, task(u).guardian, +1);
      if (overlapping) {
        list_overlapping(u, s);
        return u;
      }
      conflicted_[i] = conflicted_.back();
      conflicted_.pop_back();
      listed_[static_cast<std::size_t>(u)] = 0;
    }
    return -1;
  }

  // Lists the sessions `u` overlaps at `s`, so that they too can move.
  void list_overlapping(int u, const Slot& s) {
    const Task& t = task(u);
    const auto scan = [&](const std::vector<int>& on_day) {
      for (const int v : on_day) {
        if (v == u || listed_[static_cast<std::size_t>(v)] != 0) continue;
        const Slot& o = domain(v).slots[static_cast<std::size_t>(slot_[static_cast<std::size_t>(v)])];
        if (o.cell < s.cell + t.cells && s.cell < o.cell + task(v).cells) list(v);
      }
    };
    for (const int x : t.students) scan(student_day_[static_cast<std::size_t>(x * 7 + s.day)]);
    if (t.guardian >= 0) scan(guardian_day_[static_cast<std::size_t>(t.guardian * 7 + s.day)]);
    for (const int x : t.resources) scan(resource_day_[static_cast<std::size_t>(x * 7 + s.day)]);
  }

  // The movable sessions laid out on each (child, adult or resource; day).
  void index(int u, const Slot& s, bool in) {
    const Task& t = task(u);
    const auto update = [&](std::vector<int>& on_day) {
      if (in) {
        on_day.push_back(u);
      } else {
        const auto it = std::find(on_day.begin(), on_day.end(), u);
        *it = on_day.back();
        on_day.pop_back();
      }
    };
    for (const int x : t.students) update(student_day_[static_cast<std::size_t>(x * 7 + s.day)]);
    if (t.guardian >= 0) update(guardian_day_[static_cast<std::size_t>(t.guardian * 7 + s.day)]);
    for (const int x : t.resources) update(resource_day_[static_cast<std::size_t>(x * 7 + s.day)]);
  }

  std::vector<std::vector<int>> student_day_, guardian_day_, resource_day_;
  const SearchState& st_;
  const Problem& p_;
  Random& rng_;
  int cells_ = 96;
  std::vector<int> students_, guardians_, resources_;
  std::vector<std::int64_t> student_weight_, guardian_weight_, resource_weight_;
  std::vector<int> slot_, best_slot_, tabu_slot_;
  std::vector<std::int64_t> tabu_until_;
  std::vector<char> listed_;
  std::vector<int> conflicted_;
  std::int64_t overlaps_ = 0, best_ = 0, moves_ = 0, work_ = 0;
};

}  // namespace

void repair_conflicts(SearchState& st, Random& rng, SearchControl& control) {
  if (st.unplaced() == 0 || control.stopped()) return;
  ConflictWeek week(st, rng);
  if (!week.start()) return;
  week.search(control);
  // Back to a partial week: the classes hardest first, each where the repair put it if it
  // fits there (one that still overlaps does not); the rest by construction's pass.
  const std::vector<Pos> before = st.positions();
  const int unplaced_before = st.unplaced();
  const Problem& p = st.problem();
  const auto& slots = week.best_slots();
  std::vector<int> order;
  for (int u = 0; u < st.task_count(); ++u) {
    if (slots[static_cast<std::size_t>(u)] < 0) {
      // Children's independent work, left out of a repair of the classes alone, is placed
      // again around them.
      if (p.tasks[static_cast<std::size_t>(u)].guardian == detail::kNone && st.pos(u).placed()) st.unplace(u);
      continue;
    }
    if (st.pos(u).placed()) st.unplace(u);
    order.push_back(u);
  }
  sort_hardest_first(p, order);
  for (const int u : order) {
    const Task& t = p.tasks[static_cast<std::size_t>(u)];
    const Slot& s = p.domains[static_cast<std::size_t>(t.domain)].slots[static_cast<std::size_t>(slots[static_cast<std::size_t>(u)])];
    if (st.fits(u, s.day, s.cell, t.guardian)) st.place(u, Pos{s.day, s.cell, t.guardian});
  }
  std::vector<int> left = st.unplaced_tasks();
  sort_hardest_first(p, left);
  construct_round(st, rng, control, left, 2LL * static_cast<std::int64_t>(left.size()) + 20);
  if (st.unplaced() < unplaced_before) {
    control.offer(st);
    return;
  }
  for (int u = 0; u < st.task_count(); ++u) {
    if (st.pos(u).placed()) st.unplace(u);
  }
  for (int u = 0; u < st.task_count(); ++u) {
    if (before[static_cast<std::size_t>(u)].placed()) st.place(u, before[static_cast<std::size_t>(u)]);
  }
}

}  // namespace brightpath::solver
