// Repair in the space of complete weeks, for a week construction left incomplete: every
// class is given a start, overlaps are allowed and counted, and a min-conflicts tabu search
// with breakout weights (as Tabucol for graph colouring, and as school timetablers and
// Timefold-style local search reach feasibility) moves one session in conflict at a time
// to its start with the lowest weighted overlap; a session that stays put because every
// other start is worse makes the cells it overlaps weigh more. When that stops finding
// lower counts it starts again from its best week, shaken. The partial-week search cannot
// do this: there, a class of twelve enters only where everyone is free or a few lessons
// can be evicted, and on tight weeks no such start exists; here it may land on other
// classes, which then move in turn.
//
// In the repair: every class, named teacher or "any guardian" (then each adult available
// at a start is a choice of its own), and the children's independent work that needs a
// room or shared thing (it competes with the classes for it: left out, the classes took
// the room and the work no longer fitted afterwards). The rest of the children's
// independent work is placed around the classes afterwards (it fits in the gaps; with it
// in the repair, the result measured worse). The result is turned back into a partial
// week (sessions placed where the repair put them when they fit there, then everything
// else by construction's pass) and kept only when it leaves fewer sessions out than
// construction did; otherwise the week is as it was. Measurements: docs/solver.md.
#include <algorithm>

#include "random.hpp"
#include "search_control.hpp"

namespace brightpath::solver {
namespace {

// Moves without a new lowest overlap count before the repair starts again from its best
// week, per session.
constexpr std::int64_t kPatiencePerTask = 20;
constexpr std::int64_t kMinPatience = 20000;
// At most this many moves per session of the week in all (a few seconds of work for a
// 300-child co-op; with a time budget, the time share below usually ends it first).
constexpr std::int64_t kMovesPerTask = 1000;
// A move back to the start a session just left is forbidden for this many moves plus a
// random part of up to as many again (Tabucol's tenure; 10 measured worse on tight
// co-ops, 50 and 100 alike).
constexpr std::int64_t kTenure = 50;
// A restart moves this share of the sessions in the repair to a random start of theirs.
constexpr int kShakePercent = 5;
// With a time budget, the repair stops after this share of the time left: on tight weeks
// it is what completes the week, while the walk after it mostly takes back a few
// sessions; the walk keeps the rest.
constexpr double kTimeShare = 0.75;
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
    // What never moves holds its cells from the start (a commitment is not part of an
    // adult's availability, so an "any guardian" class could otherwise land on one), and
    // a session overlapping it counts as in conflict like any other.
    for (int d = 0; d < 7; ++d) {
      for (int c = 0; c < cells_; ++c) {
        for (int s = 0; s < static_cast<int>(plan.students.size()); ++s) {
          if (!p_.fixed_students.free(s, d, c, 1)) students_[at(s, d, c)] = 1;
        }
        for (int g = 0; g < static_cast<int>(plan.guardians.size()); ++g) {
          if (!p_.fixed_guardians.free(g, d, c, 1)) guardians_[at(g, d, c)] = 1;
        }
        for (int x = 0; x < static_cast<int>(plan.resources.size()); ++x) {
          resources_[at(x, d, c)] = p_.fixed_resources.peak(x, d, c, 1);
        }
      }
    }
  }

  // Lays the week out: placed sessions where they are, the others at their least
  // conflicting start. False when a session has no start at all (nothing to repair).
  bool start() {
    for (int u = 0; u < st_.task_count(); ++u) {
      const Pos& at = st_.pos(u);
      if (!at.placed() || !in_repair(u)) continue;
      move(u, choice_index(u, at));
    }
    for (const int u : st_.unplaced_tasks()) {
      if (!in_repair(u)) continue;
      const int to = domain(u).slots.empty() ? -1 : best_slot(u);
      if (to < 0) return false;
      move(u, to);
    }
    return true;
  }

  // Min-conflicts with tabu until no overlap is left, the move limit runs out, its share
  // of the time is spent or the control says stop. The lowest-overlap week found is in
  // best_slots().
  void search(SearchControl& control) {
    const double now = control.elapsed_ms();
    const double stop_ms = now + kTimeShare * (control.deadline_ms() - now);  // infinity without a budget
    best_ = overlaps_;
    best_slot_ = slot_;
    const std::int64_t patience =
        std::max<std::int64_t>(kMinPatience, kPatiencePerTask * static_cast<std::int64_t>(p_.tasks.size()));
    std::int64_t since_best = 0;
    const std::int64_t cap = kMovesPerTask * static_cast<std::int64_t>(p_.tasks.size());
    while (overlaps_ > 0 && moves_ < cap) {
      if (!control.work(work_) || control.out_of_time()) break;
      if ((moves_ & 255) == 0 && control.elapsed_ms() > stop_ms) break;
      work_ = 0;
      if (since_best >= patience) {
        restart();
        since_best = 0;
      }
      const int u = pick_conflicting();
      if (u < 0) break;
      ++moves_;
      const int to = best_slot(u);
      if (to < 0) continue;
      if (to == slot_[static_cast<std::size_t>(u)]) {
        const Slot& s = slot_of(u, to);
        add(u, s.day, s.cell, guardian_of(u, to), -1);
        bump(u, s, guardian_of(u, to));
        add(u, s.day, s.cell, guardian_of(u, to), +1);
        continue;
      }
      const int from = slot_[static_cast<std::size_t>(u)];
      move(u, to);
      tabu_slot_[static_cast<std::size_t>(u)] = from;
      tabu_until_[static_cast<std::size_t>(u)] = moves_ + kTenure + rng_.below(static_cast<int>(kTenure));
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

  // Where choice `c` of task `u` is: a start of its domain, and for an "any guardian" class
  // also the adult (choice = start * adults + adult).
  [[nodiscard]] const Slot& slot_of(int u, int c) const {
    return domain(u).slots[static_cast<std::size_t>(task(u).guardian == kAnyGuardian ? c / adults() : c)];
  }
  [[nodiscard]] int guardian_of(int u, int c) const {
    const Task& t = task(u);
    return t.guardian == kAnyGuardian ? p_.all_guardians[static_cast<std::size_t>(c % adults())] : t.guardian;
  }

 private:
  const Task& task(int u) const { return p_.tasks[static_cast<std::size_t>(u)]; }
  // The sessions the repair moves: classes, and independent work that needs a room or
  // shared thing (see the top of the file).
  bool in_repair(int u) const { return task(u).guardian != detail::kNone || !task(u).resources.empty(); }
  int adults() const { return static_cast<int>(p_.all_guardians.size()); }
  const Domain& domain(int u) const { return p_.domains[static_cast<std::size_t>(task(u).domain)]; }
  std::size_t at(int entity, int day, int cell) const {
    return (static_cast<std::size_t>(entity) * 7 + static_cast<std::size_t>(day)) * static_cast<std::size_t>(cells_) +
           static_cast<std::size_t>(cell);
  }
  int choice_index(int u, const Pos& at) const {
    const auto& slots = domain(u).slots;
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (slots[i].day != at.day || slots[i].cell != at.cell) continue;
      if (task(u).guardian != kAnyGuardian) return static_cast<int>(i);
      for (int a = 0; a < adults(); ++a) {
        if (p_.all_guardians[static_cast<std::size_t>(a)] == at.guardian) return static_cast<int>(i) * adults() + a;
      }
    }
    return 0;
  }
  int capacity(int x) const { return p_.model->plan.resources[static_cast<std::size_t>(x)].capacity; }

  // Breakout circles on one plateau once its weights have grown there: back to the lowest-
  // overlap week, the weights at their base, and a few sessions at a random start of theirs
  // (measured on tight co-ops: a third fewer overlaps left than without restarts, and
  // fewer than restarts keeping the weights; docs/solver.md).
  void restart() {
    for (int u = 0; u < static_cast<int>(slot_.size()); ++u) {
      const int best = best_slot_[static_cast<std::size_t>(u)];
      if (best >= 0 && slot_[static_cast<std::size_t>(u)] != best) move(u, best);
    }
    std::fill(student_weight_.begin(), student_weight_.end(), kBaseWeight);
    std::fill(guardian_weight_.begin(), guardian_weight_.end(), kBaseWeight);
    std::fill(resource_weight_.begin(), resource_weight_.end(), kBaseWeight);
    work_ += static_cast<std::int64_t>(student_weight_.size() + slot_.size()) / 16;
    for (int u = 0; u < static_cast<int>(slot_.size()); ++u) {
      if (slot_[static_cast<std::size_t>(u)] < 0 || !rng_.chance(kShakePercent)) continue;
      const int to = random_choice(u);
      if (to >= 0) move(u, to);
    }
  }

  // A random choice of `u` (for an "any guardian" class, an adult available then); -1 when
  // a few draws find none.
  int random_choice(int u) {
    const auto& slots = domain(u).slots;
    const int start = rng_.below(static_cast<int>(slots.size()));
    if (task(u).guardian != kAnyGuardian) return start;
    for (int tries = 0; tries < 20; ++tries) {
      const int a = rng_.below(adults());
      const Slot& s = slots[static_cast<std::size_t>(start)];
      if (p_.available(p_.all_guardians[static_cast<std::size_t>(a)], s.day, s.cell, task(u).duration)) return start * adults() + a;
    }
    return -1;
  }

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
  void bump(int u, const Slot& s, int guardian) {
    const Task& t = task(u);
    const int end = std::min(s.cell + t.cells, cells_);
    for (const int st : t.students) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(st, s.day, k);
        if (students_[i] > 0) ++student_weight_[i];
      }
    }
    if (guardian >= 0) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(guardian, s.day, k);
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

  // The weighted overlaps `u` (not laid out) would add at `s` with `guardian`.
  std::int64_t cost(int u, const Slot& s, int guardian) const {
    return people_cost(u, s) + (guardian >= 0 ? guardian_cost(guardian, s, task(u).cells) : 0);
  }
  // Stops once the sum passes `bound` and returns it unfinished: best_slot only compares it
  // with its best so far (measured: an eighth to a fifth more moves a second).
  std::int64_t people_cost(int u, const Slot& s, std::int64_t bound = INT64_MAX) const {
    const Task& t = task(u);
    const int end = std::min(s.cell + t.cells, cells_);
    std::int64_t c = 0;
    for (const int st : t.students) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(st, s.day, k);
        if (students_[i] > 0) c += student_weight_[i];
      }
      if (c > bound) return c;
    }
    for (const int x : t.resources) {
      for (int k = s.cell; k < end; ++k) {
        const std::size_t i = at(x, s.day, k);
        if (resources_[i] >= capacity(x)) c += resource_weight_[i];
      }
    }
    return c;
  }
  std::int64_t guardian_cost(int guardian, const Slot& s, int cells) const {
    const int end = std::min(s.cell + cells, cells_);
    std::int64_t c = 0;
    for (int k = s.cell; k < end; ++k) {
      const std::size_t i = at(guardian, s.day, k);
      if (guardians_[i] > 0) c += guardian_weight_[i];
    }
    return c;
  }

  // Lays `u` out at choice `to` (taking it off its current one) and lists the sessions it
  // now overlaps as candidates for the next moves.
  void move(int u, int to) {
    int& slot = slot_[static_cast<std::size_t>(u)];
    if (slot >= 0) {
      const Slot& s = slot_of(u, slot);
      add(u, s.day, s.cell, guardian_of(u, slot), -1);
      index(u, s, guardian_of(u, slot), false);
    }
    slot = to;
    const Slot& s = slot_of(u, to);
    const int g = guardian_of(u, to);
    if (cost(u, s, g) > 0) {
      list(u);
      list_overlapping(u, s, g);
    }
    add(u, s.day, s.cell, g, +1);
    index(u, s, g, true);
  }

  void list(int u) {
    if (listed_[static_cast<std::size_t>(u)] != 0) return;
    listed_[static_cast<std::size_t>(u)] = 1;
    conflicted_.push_back(u);
  }

  // The choice with the lowest weighted overlap (ties at random; staying put counts one
  // more, so plateaus are crossed), never the one `u` left within its tabu tenure. For an
  // "any guardian" class every adult available then is a choice; the children's and
  // rooms' part is counted once per start. -1 when `u` has no other choice.
  int best_slot(int u) {
    const Task& t = task(u);
    const auto& slots = domain(u).slots;
    const int current = slot_[static_cast<std::size_t>(u)];
    if (current >= 0) {
      const Slot& s = slot_of(u, current);
      add(u, s.day, s.cell, guardian_of(u, current), -1);
    }
    const bool any = t.guardian == kAnyGuardian;
    work_ += static_cast<std::int64_t>(slots.size()) * (any ? 1 + adults() : 1);
    std::int64_t best = INT64_MAX;
    int chosen = -1;
    int ties = 0;
    const bool tabu_active = tabu_until_[static_cast<std::size_t>(u)] > moves_;
    const auto consider = [&](int c, std::int64_t overlap) {
      if (c == current) ++overlap;
      if (tabu_active && c == tabu_slot_[static_cast<std::size_t>(u)]) return;
      if (overlap < best) {
        best = overlap;
        chosen = c;
        ties = 1;
      } else if (overlap == best && rng_.below(++ties) == 0) {
        chosen = c;
      }
    };
    for (std::size_t i = 0; i < slots.size(); ++i) {
      const std::int64_t people = people_cost(u, slots[i], best);
      if (people > best) continue;  // neither its teacher nor staying put can make it the best
      if (!any) {
        consider(static_cast<int>(i), people + (t.guardian >= 0 ? guardian_cost(t.guardian, slots[i], t.cells) : 0));
        continue;
      }
      if (people == best) continue;  // no adult can make this start better than the best
      for (int a = 0; a < adults(); ++a) {
        const int g = p_.all_guardians[static_cast<std::size_t>(a)];
        if (!p_.available(g, slots[i].day, slots[i].cell, t.duration)) continue;
        consider(static_cast<int>(i) * adults() + a, people + guardian_cost(g, slots[i], t.cells));
      }
    }
    if (current >= 0) {
      const Slot& s = slot_of(u, current);
      add(u, s.day, s.cell, guardian_of(u, current), +1);
      if (chosen < 0) return -1;
    }
    return chosen;
  }

  // A random session that overlaps something now (lazily pruned from the candidates).
  int pick_conflicting() {
    while (!conflicted_.empty()) {
      const std::size_t i = static_cast<std::size_t>(rng_.below(static_cast<int>(conflicted_.size())));
      const int u = conflicted_[i];
      const int c = slot_[static_cast<std::size_t>(u)];
      const Slot& s = slot_of(u, c);
      const int g = guardian_of(u, c);
      add(u, s.day, s.cell, g, -1);
      const bool overlapping = cost(u, s, g) > 0;
      add(u, s.day, s.cell, g, +1);
      if (overlapping) {
        list_overlapping(u, s, g);
        return u;
      }
      conflicted_[i] = conflicted_.back();
      conflicted_.pop_back();
      listed_[static_cast<std::size_t>(u)] = 0;
    }
    return -1;
  }

  // Lists the sessions `u` overlaps at `s` with `guardian`, so that they too can move.
  void list_overlapping(int u, const Slot& s, int guardian) {
    const Task& t = task(u);
    const auto scan = [&](const std::vector<int>& on_day) {
      for (const int v : on_day) {
        if (v == u || listed_[static_cast<std::size_t>(v)] != 0) continue;
        const Slot& o = slot_of(v, slot_[static_cast<std::size_t>(v)]);
        if (o.cell < s.cell + t.cells && s.cell < o.cell + task(v).cells) list(v);
      }
    };
    for (const int x : t.students) scan(student_day_[static_cast<std::size_t>(x * 7 + s.day)]);
    if (guardian >= 0) scan(guardian_day_[static_cast<std::size_t>(guardian * 7 + s.day)]);
    for (const int x : t.resources) scan(resource_day_[static_cast<std::size_t>(x * 7 + s.day)]);
  }

  // The movable sessions laid out on each (child, adult or resource; day).
  void index(int u, const Slot& s, int guardian, bool in) {
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
    if (guardian >= 0) update(guardian_day_[static_cast<std::size_t>(guardian * 7 + s.day)]);
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
    const int c = slots[static_cast<std::size_t>(u)];
    const Slot& s = week.slot_of(u, c);
    const int g = week.guardian_of(u, c);
    if (st.fits(u, s.day, s.cell, g)) st.place(u, Pos{s.day, s.cell, g});
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
