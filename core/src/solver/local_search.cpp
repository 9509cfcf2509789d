// Phase 2: late acceptance hill climbing (Burke & Bykov) over complete and partial weeks.
//
// The cost is unplaced sessions first, soft score second. Each iteration tries one move and
// keeps it when it is no worse than the current week or than the week `history` iterations
// ago, which lets the search walk through plateaus and small worsenings without a
// temperature to tune. Moves:
//   insert   – an unplaced session takes a random start, ejecting up to two lessons in its
//              way; each ejected lesson immediately takes its best free start if it has one
//              (a short ejection chain);
//   relocate – a placed lesson moves to a random start of its domain (and, for "any
//              guardian" courses, to a random fitting guardian);
//   swap     – two lessons of the same child exchange their starts.
// Every move is applied with delta evaluation (only the scopes it touches are re-scored)
// and undone from a saved list of positions when rejected.
#include <algorithm>

#include "rng.hpp"
#include "search_control.hpp"

namespace brightpath::solver {
namespace {

using detail::kUnknown;

// An ejection chain step may evict a few lessons; their summed `parties` is capped so a
// big class is only evicted when nothing cheaper makes room.
constexpr std::size_t kMaxEjected = 3;
constexpr int kMaxEjectedParties = 30;
constexpr std::int64_t kTabuTenure = 50;

class Mover {
 public:
  Mover(SearchState& st, Rng& rng)
      : st_(st), p_(st.problem()), rng_(rng), inserted_at_(static_cast<std::size_t>(st.task_count()), -kTabuTenure) {}

  // Each returns false when it found nothing to try (the state is unchanged then).
  bool insert(std::int64_t now);
  bool relocate();
  bool swap();

  void undo() {
    for (const auto& [t, old] : saved_) {
      if (st_.pos(t).placed()) st_.unplace(t);
    }
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
      if (it->second.placed() && !st_.pos(it->first).placed()) st_.place(it->first, it->second);
    }
    saved_.clear();
  }
  void commit() { saved_.clear(); }

 private:
  void save(int t) {
    for (const auto& s : saved_) {
      if (s.first == t) return;
    }
    saved_.emplace_back(t, st_.pos(t));
  }
  const Domain& domain_of(int t) const {
    return p_.domains[static_cast<std::size_t>(p_.tasks[static_cast<std::size_t>(t)].domain)];
  }
  int random_placed() {
    for (int tries = 0; tries < 8; ++tries) {
      const int t = rng_.below(st_.task_count());
      if (st_.pos(t).placed()) return t;
    }
    return -1;
  }

  SearchState& st_;
  const Problem& p_;
  Rng& rng_;
  std::vector<std::pair<int, Pos>> saved_;
  std::vector<int> in_way_, chosen_;
  std::vector<std::int64_t> inserted_at_;  // iteration each task was last inserted
};

bool Mover::insert(std::int64_t now) {
  const auto& unplaced = st_.unplaced_tasks();
  if (unplaced.empty()) return false;
  const int t = unplaced[static_cast<std::size_t>(rng_.below(static_cast<int>(unplaced.size())))];
  const Task& task = p_.tasks[static_cast<std::size_t>(t)];
  // The start whose blockers are fewest, avoiding lessons placed by a recent insert (a short
  // tabu tenure, so two sessions do not just evict each other back and forth).
  std::int64_t best = INT64_MAX;
  Pos target;
  const auto consider = [&](const Slot& s, int g) {
    if (!st_.blockers(t, s.day, s.cell, g, in_way_, kMaxEjected) || in_way_.size() > kMaxEjected) return;
    std::int64_t cost = rng_.below(2000);
    int parties = 0;
    for (const int u : in_way_) {
      parties += p_.tasks[static_cast<std::size_t>(u)].parties;
      cost += 1000LL * p_.tasks[static_cast<std::size_t>(u)].parties;
      if (now - inserted_at_[static_cast<std::size_t>(u)] < kTabuTenure) cost += 50000;
    }
    if (parties > kMaxEjectedParties) return;
    if (cost < best) {
      best = cost;
      target = Pos{s.day, s.cell, g};
      chosen_ = in_way_;
    }
  };
  for (const Slot& s : domain_of(t).slots) {
    if (task.guardian == kAnyGuardian) {
      for (const int g : p_.all_guardians) consider(s, g);
    } else {
      consider(s, task.guardian);
    }
  }
  if (best == INT64_MAX) return false;
  save(t);
  for (const int u : chosen_) {
    save(u);
    st_.unplace(u);
  }
  st_.place(t, target);
  inserted_at_[static_cast<std::size_t>(t)] = now;
  for (const int u : chosen_) place_best(st_, u, rng_);
  return true;
}

bool Mover::relocate() {
  const int t = random_placed();
  if (t < 0) return false;
  const Domain& d = domain_of(t);
  const Slot s = d.slots[static_cast<std::size_t>(rng_.below(static_cast<int>(d.slots.size())))];
  save(t);
  st_.unplace(t);
  const int g = st_.fitting_guardian(t, s.day, s.cell, rng_.next());
  if (g == kUnknown) {
    undo();
    return false;
  }
  st_.place(t, Pos{s.day, s.cell, g});
  return true;
}

bool Mover::swap() {
  const int a = random_placed();
  if (a < 0) return false;
  const Task& ta = p_.tasks[static_cast<std::size_t>(a)];
  if (ta.students.empty()) return false;
  const int student = ta.students[static_cast<std::size_t>(rng_.below(static_cast<int>(ta.students.size())))];
  const auto& others = st_.student_day_tasks(student, rng_.below(7));
  if (others.empty()) return false;
  const int b = others[static_cast<std::size_t>(rng_.below(static_cast<int>(others.size())))];
  if (b == a) return false;
  const Pos pa = st_.pos(a);
  const Pos pb = st_.pos(b);
  if (!p_.allowed(domain_of(a), pb.day, pb.cell) || !p_.allowed(domain_of(b), pa.day, pa.cell)) return false;
  save(a);
  save(b);
  st_.unplace(a);
  st_.unplace(b);
  // Keep each lesson's guardian when it can come along; otherwise any that fits.
  const auto guardian_for = [&](int t, const Pos& at, int current) {
    if (current >= 0 && st_.fits(t, at.day, at.cell, current)) return current;
    return st_.fitting_guardian(t, at.day, at.cell, rng_.next());
  };
  const int ga = guardian_for(a, pb, pa.guardian);
  if (ga == kUnknown) {
    undo();
    return false;
  }
  st_.place(a, Pos{pb.day, pb.cell, ga});
  const int gb = guardian_for(b, pa, pb.guardian);
  if (gb == kUnknown) {
    undo();
    return false;
  }
  st_.place(b, Pos{pa.day, pa.cell, gb});
  return true;
}

}  // namespace

void local_search(SearchState& st, Rng& rng, SearchControl& control) {
  if (st.task_count() == 0 || control.stopped()) return;
  const SolveOptions& o = control.options;
  const std::int64_t floor = st.problem().fixed_lesson_soft;  // no week scores below this
  const std::size_t length = static_cast<std::size_t>(std::clamp(st.task_count(), 100, 2000));
  std::vector<std::int64_t> history(length, st.cost());
  const std::int64_t stall = o.stall_iterations >= 0 ? o.stall_iterations
                                                    : std::max<std::int64_t>(20000, 50LL * st.task_count());
  Mover mover(st, rng);
  while (true) {
    if (o.max_iterations >= 0 && control.iterations >= o.max_iterations) break;
    if (control.best_cost() <= floor) break;
    if (stall > 0 && control.iterations - control.last_improvement >= stall) break;
    if ((control.iterations & 1023) == 0 && control.iterations > 0 && !control.report(st)) break;
    if (control.out_of_time()) break;
    const std::size_t v = static_cast<std::size_t>(control.iterations) % length;
    ++control.iterations;

    const std::int64_t before = st.cost();
    const int unplaced_before = st.unplaced();
    const int roll = rng.below(100);
    bool tried = false;
    const bool inserting = unplaced_before > 0 && roll < 60;
    if (inserting) {
      tried = mover.insert(control.iterations);
    } else if (roll < 80) {
      tried = mover.relocate();
    } else {
      tried = mover.swap();
    }
    if (!tried) continue;
    // An ejection chain is judged by the sessions it leaves unplaced alone (the soft score
    // would hold chains back); every other move by late acceptance on the full cost.
    const bool accept = inserting ? st.unplaced() <= unplaced_before
                                  : st.unplaced() <= unplaced_before && (st.cost() <= before || st.cost() <= history[v]);
    if (!accept) {
      mover.undo();
      continue;
    }
    mover.commit();
    if (st.unplaced() != unplaced_before) std::fill(history.begin(), history.end(), st.cost());
    history[v] = std::min(history[v], st.cost());
    control.offer(st);
  }
  control.report(st);
}

}  // namespace brightpath::solver
