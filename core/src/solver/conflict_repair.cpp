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

#include "overlap_week.hpp"
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

// The repair's search over an OverlapWeek (solver/overlap_week.hpp): which session moves
// where, what is tabu, when to start again.
class ConflictRepair {
 public:
  ConflictRepair(const SearchState& st, Random& rng) : st_(st), week_(st.problem()), rng_(rng) {
    const std::size_t n = st.problem().tasks.size();
    tabu_choice_.assign(n, -1);
    tabu_until_.assign(n, 0);
    // Each adult's availability, the adults side by side for each day and cell: the scan
    // of adults at one start reads one row (through Problem::availability_end it was a
    // row and a division per adult, the repair's hottest loop on 1,000-child co-ops).
    const Problem& p = st.problem();
    const int adults = week_.adults();
    adult_end_.assign(7 * static_cast<std::size_t>(p.cells_per_day) * static_cast<std::size_t>(adults), -1);
    for (int d = 0; d < 7; ++d) {
      for (int c = 0; c < p.cells_per_day; ++c) {
        for (int a = 0; a < adults; ++a) {
          const int g = p.all_guardians[static_cast<std::size_t>(a)];
          adult_end_[adult_row(d, c) + static_cast<std::size_t>(a)] =
              p.availability_end[static_cast<std::size_t>(g * 7 + d)][static_cast<std::size_t>(c)];
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
      week_.move(u, choice_at(u, at));
    }
    for (const int u : st_.unplaced_tasks()) {
      if (!in_repair(u)) continue;
      const int to = week_.domain(u).slots.empty() ? -1 : best_choice(u);
      if (to < 0) return false;
      week_.move(u, to);
    }
    return true;
  }

  // Min-conflicts with tabu until no overlap is left, the move limit runs out, its share
  // of the time is spent or the control says stop. The lowest-overlap week found is in
  // best_choices().
  void search(SearchControl& control) {
    const double now = control.elapsed_ms();
    const double stop_ms = now + kTimeShare * (control.deadline_ms() - now);  // infinity without a budget
    const std::size_t tasks = week_.choices().size();
    best_ = week_.overlaps();
    best_choice_ = week_.choices();
    const std::int64_t patience =
        std::max<std::int64_t>(kMinPatience, kPatiencePerTask * static_cast<std::int64_t>(tasks));
    std::int64_t since_best = 0;
    const std::int64_t cap = kMovesPerTask * static_cast<std::int64_t>(tasks);
    while (week_.overlaps() > 0 && moves_ < cap) {
      if (!control.work(work_) || control.out_of_time()) break;
      if ((moves_ & 255) == 0 && control.elapsed_ms() > stop_ms) break;
      work_ = 0;
      if (since_best >= patience) {
        restart();
        since_best = 0;
      }
      const int u = week_.pick_conflicting(rng_);
      if (u < 0) break;
      ++moves_;
      const int to = best_choice(u);
      if (to < 0) continue;
      const int from = week_.choice(u);
      if (to == from) {
        week_.lift(u);
        week_.bump(u);
        week_.put_back(u);
        continue;
      }
      week_.move(u, to);
      tabu_choice_[static_cast<std::size_t>(u)] = from;
      tabu_until_[static_cast<std::size_t>(u)] = moves_ + kTenure + rng_.below(static_cast<int>(kTenure));
      if (week_.overlaps() < best_) {
        best_ = week_.overlaps();
        best_choice_ = week_.choices();
        since_best = 0;
      } else {
        ++since_best;
      }
    }
  }

  [[nodiscard]] const std::vector<int>& best_choices() const { return best_choice_; }
  [[nodiscard]] const OverlapWeek& week() const { return week_; }

 private:
  // The sessions the repair moves: classes, and independent work that needs a room or
  // shared thing (see the top of the file).
  bool in_repair(int u) const {
    const Task& t = week_.task(u);
    return t.guardian != detail::kNone || !t.resources.empty();
  }

  // The choice of `u` that is `at` (0 when none is).
  int choice_at(int u, const Pos& at) const {
    const auto& slots = week_.domain(u).slots;
    const bool any = week_.task(u).guardian == kAnyGuardian;
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (slots[i].day != at.day || slots[i].cell != at.cell) continue;
      if (!any) return static_cast<int>(i);
      for (int a = 0; a < week_.adults(); ++a) {
        if (st_.problem().all_guardians[static_cast<std::size_t>(a)] == at.guardian) {
          return static_cast<int>(i) * week_.adults() + a;
        }
      }
    }
    return 0;
  }

  // Breakout circles on one plateau once its weights have grown there: back to the lowest-
  // overlap week, the weights at their base, and a few sessions at a random start of theirs
  // (measured on tight co-ops: a third fewer overlaps left than without restarts, and
  // fewer than restarts keeping the weights; docs/solver.md).
  void restart() {
    const std::vector<int>& now = week_.choices();
    for (int u = 0; u < static_cast<int>(now.size()); ++u) {
      const int best = best_choice_[static_cast<std::size_t>(u)];
      if (best >= 0 && now[static_cast<std::size_t>(u)] != best) week_.move(u, best);
    }
    week_.reset_weights();
    work_ += static_cast<std::int64_t>(week_.size() + now.size()) / 16;
    for (int u = 0; u < static_cast<int>(now.size()); ++u) {
      if (week_.choice(u) < 0 || !rng_.chance(kShakePercent)) continue;
      const int to = random_choice(u);
      if (to >= 0) week_.move(u, to);
    }
  }

  // A random choice of `u` (for an "any guardian" class, an adult available then); -1 when
  // a few draws find none.
  int random_choice(int u) {
    const Problem& p = st_.problem();
    const auto& slots = week_.domain(u).slots;
    const int start = rng_.below(static_cast<int>(slots.size()));
    if (week_.task(u).guardian != kAnyGuardian) return start;
    for (int tries = 0; tries < 20; ++tries) {
      const int a = rng_.below(week_.adults());
      const Slot& s = slots[static_cast<std::size_t>(start)];
      if (p.available(p.all_guardians[static_cast<std::size_t>(a)], s.day, s.cell, week_.task(u).duration)) {
        return start * week_.adults() + a;
      }
    }
    return -1;
  }

  // The choice with the lowest weighted overlap (ties at random; staying put counts one
  // more, so plateaus are crossed), never the start `u` left within its tabu tenure. For an
  // "any guardian" class every adult available then is a choice; the children's and
  // rooms' part is counted once per start, and the tabu covers the start whoever teaches
  // (on the choice alone, such a class went straight back to the hour it left with another
  // free adult: on 1,000-child co-ops at 0.7, 2 of 12 solves complete against 12 of 12;
  // docs/solver.md). -1 when `u` has no other choice.
  int best_choice(int u) {
    const Problem& p = st_.problem();
    const Task& t = week_.task(u);
    const auto& slots = week_.domain(u).slots;
    const int adults = week_.adults();
    const int current = week_.choice(u);
    if (current >= 0) week_.lift(u);
    const bool any = t.guardian == kAnyGuardian;
    work_ += static_cast<std::int64_t>(slots.size());
    std::int64_t best = INT64_MAX;
    int chosen = -1;
    int ties = 0;
    const std::size_t ui = static_cast<std::size_t>(u);
    const int tabu_start = tabu_until_[ui] > moves_ ? start_of(u, tabu_choice_[ui]) : -1;
    const auto consider = [&](int c, std::int64_t overlap) {
      if (c == current) ++overlap;
      if (start_of(u, c) == tabu_start) return;
      if (overlap < best) {
        best = overlap;
        chosen = c;
        ties = 1;
      } else if (overlap == best && rng_.below(++ties) == 0) {
        chosen = c;
      }
    };
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (!any) {
        // The teacher's cells first: one row, and on a tight week the teacher is busy at
        // most starts, which then need no look at the children (a tenth more moves a
        // second on 300-child co-ops; the sum, and so the choice, is the same).
        const std::int64_t teacher = t.guardian >= 0 ? week_.guardian_cost(t.guardian, slots[i], t.cells) : 0;
        if (teacher > best) continue;
        const std::int64_t overlap = teacher + week_.people_cost(u, slots[i], best - teacher);
        if (overlap <= best) consider(static_cast<int>(i), overlap);
        continue;
      }
      const std::int64_t people = week_.people_cost(u, slots[i], best);
      if (people > best) continue;  // neither an adult nor staying put can make it the best
      if (people == best) continue;  // no adult can make this start better than the best
      // From a random adult on, until the first free one: no adult is cheaper there, and the
      // full scan slowed large co-ops (2,000/200: half again as many moves a second now).
      const int* ends = adult_end_.data() + adult_row(slots[i].day, slots[i].cell);
      const int need = slots[i].cell * p.grid + t.duration;  // as Problem::available
      const int first = rng_.below(adults);
      for (int k = 0, a = first; k < adults; ++k, a = a + 1 == adults ? 0 : a + 1) {
        ++work_;
        if (ends[a] < need) continue;
        const int g = p.all_guardians[static_cast<std::size_t>(a)];
        const int c = static_cast<int>(i) * adults + a;
        const std::int64_t overlap = week_.guardian_cost(g, slots[i], t.cells);
        consider(c, people + overlap);
        if (overlap == 0 && c != current) break;  // staying put counts one more: look on
      }
    }
    if (current >= 0) {
      week_.put_back(u);
      if (chosen < 0) return -1;
    }
    return chosen;
  }

  // The start (index into the domain) of choice `c`; -1 for none.
  int start_of(int u, int c) const {
    if (c < 0) return -1;
    return week_.task(u).guardian == kAnyGuardian ? c / week_.adults() : c;
  }

  std::size_t adult_row(int day, int cell) const {
    return (static_cast<std::size_t>(day) * static_cast<std::size_t>(st_.problem().cells_per_day) +
            static_cast<std::size_t>(cell)) *
           static_cast<std::size_t>(week_.adults());
  }

  const SearchState& st_;
  OverlapWeek week_;
  Random& rng_;
  std::vector<int> best_choice_, tabu_choice_;
  std::vector<std::int64_t> tabu_until_;
  std::vector<int> adult_end_;  // [(day * cells_per_day + cell) * adults + adult]: Problem::availability_end
  std::int64_t best_ = 0, moves_ = 0, work_ = 0;
};

}  // namespace

void repair_conflicts(SearchState& st, Random& rng, SearchControl& control) {
  if (st.unplaced() == 0 || control.stopped()) return;
  ConflictRepair repair(st, rng);
  if (!repair.start()) return;
  repair.search(control);
  // Back to a partial week: the classes hardest first, each where the repair put it if it
  // fits there (one that still overlaps does not); the rest by construction's pass.
  const std::vector<Pos> before = st.positions();
  const int unplaced_before = st.unplaced();
  const Problem& p = st.problem();
  const OverlapWeek& week = repair.week();
  const auto& choices = repair.best_choices();
  std::vector<int> order;
  // Everything comes out; the children's independent work the repair left aside is placed
  // again around the classes.
  for (int u = 0; u < st.task_count(); ++u) {
    if (st.pos(u).placed()) st.unplace(u);
    if (choices[static_cast<std::size_t>(u)] >= 0) order.push_back(u);
  }
  sort_hardest_first(p, order);
  for (const int u : order) {
    const int c = choices[static_cast<std::size_t>(u)];
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
