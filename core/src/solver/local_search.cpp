// Phase 2: late acceptance hill climbing (Burke & Bykov) over complete and partial weeks.
//
// The cost is unplaced sessions first, soft score second. Each iteration tries one move and
// keeps it when it is no worse than the current week or than the week `history` iterations
// ago, which lets the search walk through plateaus and small worsenings without a
// temperature to tune. Moves:
//   insert   – a bounded ejection chain: an unplaced session takes the start whose blockers
//              are cheapest to evict (breakout weights, tabu), each evicted lesson is placed
//              the same way a few levels deep; kept when it leaves at most one more session
//              unplaced (a walk through partial weeks that returns to its best week, and
//              restarts from a fresh construction when stuck);
//   relocate – a placed lesson moves to one of the first free starts of its domain found
//              from a random start (the best of a few by soft score);
//   swap     – two lessons of the same child exchange their starts.
// Every move is applied with delta evaluation (only the scopes it touches are re-scored)
// and undone from a saved list of positions when rejected.
#include <algorithm>

#include "random.hpp"
#include "search_control.hpp"

namespace brightpath::solver {
namespace {

using detail::kUnknown;

// An ejection chain step may evict a few lessons; their summed `parties` is capped so a
// big class is only evicted when nothing cheaper makes room.
constexpr std::size_t kMaxEjected = 3;
constexpr int kMaxEjectedParties = 60;
constexpr std::int64_t kTabuTenure = 50;
// A chain goes this many ejections deep and evicts at most this many lessons in all.
constexpr int kChainDepth = 3;
constexpr int kChainEvictions = 24;
// The session a chain starts from may evict more (a class of twelve rarely finds a start
// where fewer than four of its people are busy; their individual work moves easily).
constexpr std::size_t kMaxEjectedFirst = 12;
// While sessions are unplaced, this share of the iterations tries an ejection chain (the
// rest relocate and swap lessons to free starts, which opens new gaps).
constexpr int kInsertPercent = 75;
// The cost of a start for a chain: per person or thing its blockers involve, per unit of
// their breakout weight, plus a random tie-break up to kNoise.
constexpr int kNoise = 2000;
constexpr std::int64_t kPerParty = 1000;
constexpr std::int64_t kPerWeight = 200;
// A chain may leave this many more sessions unplaced than before it (a walk through partial
// weeks); the walk returns to its best week when it is kDrift sessions worse or has not
// improved for kReturnAfter iterations. After kReturnsBeforeRestart such return, with at
// most kRestartBelow sessions unplaced in the best week, it restarts from a fresh
// construction (with more left, the chains still make progress and a restart costs more).
constexpr int kInsertSlack = 1;
// A relocation looks at this many free starts and takes the one with the best soft score.
constexpr int kRelocateCandidates = 3;
constexpr int kDrift = 3;
constexpr std::int64_t kReturnAfter = 1000;
constexpr int kReturnsBeforeRestart = 1;
constexpr int kRestartBelow = 3;
// With more sessions out, after this many returns without progress the walk takes a
// large-neighbourhood step from the best week instead (large_neighbourhood.cpp). Every
// return (1,000 iterations without progress) measured better than every 100, 300 or 3,000
// (docs/solver.md).
constexpr int kReturnsBeforeLns = 1;

class Mover {
 public:
  Mover(SearchState& st, Random& rng)
      : st_(st),
        p_(st.problem()),
        rng_(rng),
        inserted_at_(static_cast<std::size_t>(st.task_count()), -kTabuTenure),
        in_chain_(static_cast<std::size_t>(st.task_count()), 0),
        weight_(static_cast<std::size_t>(st.task_count()), 0) {}

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
  // Breakout: the sessions still unplaced after a chain weigh more, so later chains
  // prefer to evict lessons that are easy to place again.
  void bump_unplaced() {
    for (const int t : st_.unplaced_tasks()) ++weight_[static_cast<std::size_t>(t)];
  }

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
  // Places the unplaced `t` (free start first, else by ejecting the cheapest blockers and
  // re-placing them in turn, `depth` levels deep); false when it stays unplaced.
  bool chain(int t, int depth, std::int64_t now);

  SearchState& st_;
  const Problem& p_;
  Random& rng_;
  std::vector<std::pair<int, Pos>> saved_;
  std::vector<int> in_way_;
  std::vector<std::int64_t> inserted_at_;  // iteration each task was last inserted
  std::vector<std::int64_t> in_chain_;     // the move that last placed each task
  std::vector<std::int64_t> weight_;       // breakout weight (times left unplaced)
  std::int64_t move_ = 0;
  int evictions_ = 0;
};

bool Mover::chain(int t, int depth, std::int64_t now) {
  in_chain_[static_cast<std::size_t>(t)] = move_;
  save(t);
  if (place_best(st_, t, rng_)) return true;
  if (depth <= 0 || evictions_ >= kChainEvictions) return false;
  // The start whose blockers are cheapest: few people, rarely left unplaced, not moved by
  // this chain and not placed by a recent insert (a short tabu tenure, so two sessions do
  // not just evict each other back and forth).
  std::int64_t best = INT64_MAX;
  Pos target;
  std::vector<int> chosen;
  const std::size_t most = depth == kChainDepth ? kMaxEjectedFirst : kMaxEjected;
  st_.for_each_ejection(t, most, [&](const Pos& at, const std::vector<int>& in_way) {
    if (in_way.empty()) return;
    std::int64_t cost = rng_.below(kNoise);
    int parties = 0;
    for (const int u : in_way) {
      const std::size_t ui = static_cast<std::size_t>(u);
      if (in_chain_[ui] == move_) return;
      parties += p_.tasks[ui].parties;
      cost += kPerParty * p_.tasks[ui].parties + kPerWeight * weight_[ui];
      if (now - inserted_at_[ui] < kTabuTenure) cost += 50000;
    }
    if (parties > kMaxEjectedParties) return;
    if (cost < best) {
      best = cost;
      target = at;
      chosen = in_way;
    }
  });
  if (best == INT64_MAX) return false;
  for (const int u : chosen) {
    save(u);
    st_.unplace(u);
    ++evictions_;
  }
  st_.place(t, target);
  inserted_at_[static_cast<std::size_t>(t)] = now;
  for (const int u : chosen) chain(u, depth - 1, now);
  return true;
}

bool Mover::insert(std::int64_t now) {
  const auto& unplaced = st_.unplaced_tasks();
  if (unplaced.empty()) return false;
  const int t = unplaced[static_cast<std::size_t>(rng_.below(static_cast<int>(unplaced.size())))];
  ++move_;
  evictions_ = 0;
  chain(t, kChainDepth, now);
  return true;
}

bool Mover::relocate() {
  const int t = random_placed();
  if (t < 0) return false;
  const Domain& d = domain_of(t);
  // In a full week most starts are blocked: walk the domain from a random start and take
  // the first free one (after unplacing `t`, so its own neighbourhood counts as free).
  const int n = static_cast<int>(d.slots.size());
  const int from = rng_.below(n);
  const Pos old = st_.pos(t);
  save(t);
  st_.unplace(t);
  const std::uint64_t rotate = rng_.next();
  // Of the first few free starts found, the one with the best soft delta.
  Pos best;
  std::int64_t best_delta = INT64_MAX;
  int found = 0;
  int looked = 0;
  for (int i = 0; i < n && found < kRelocateCandidates; ++i, ++looked) {
    const Slot s = d.slots[static_cast<std::size_t>((from + i) % n)];
    if (s.day == old.day && s.cell == old.cell) continue;
    const int g = st_.fitting_guardian(t, s.day, s.cell, rotate);
    if (g == kUnknown) continue;
    ++found;
    const Pos at{s.day, s.cell, g};
    const std::int64_t delta = st_.place_delta(t, at);
    if (delta < best_delta) {
      best_delta = delta;
      best = at;
    }
  }
  st_.add_work(looked);
  if (found == 0) {
    undo();
    return false;
  }
  st_.place(t, best);
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

// Puts the state back to `best`.
void restore(SearchState& st, const std::vector<Pos>& best) {
  for (int t = 0; t < st.task_count(); ++t) {
    if (st.pos(t).placed() && !(best[static_cast<std::size_t>(t)] == st.pos(t))) st.unplace(t);
  }
  for (int t = 0; t < st.task_count(); ++t) {
    if (best[static_cast<std::size_t>(t)].placed() && !st.pos(t).placed()) st.place(t, best[static_cast<std::size_t>(t)]);
  }
}

}  // namespace

void local_search(SearchState& st, Random& rng, SearchControl& control) {
  if (st.task_count() == 0 || control.stopped()) return;
  control.begin(SolvePhase::searching);
  if (control.stopped()) return;
  const SolveOptions& o = control.options;
  const std::int64_t floor = st.problem().fixed_lesson_soft;  // no week scores below this
  const std::size_t length = static_cast<std::size_t>(std::clamp(st.task_count(), 100, 2000));
  std::vector<std::int64_t> history(length, st.cost());
  const std::int64_t stall = o.stall_iterations >= 0 ? o.stall_iterations
                                                    : std::max<std::int64_t>(20000, 50LL * st.task_count());
  Mover mover(st, rng);
  std::int64_t anchor = control.iterations;  // the last new best or return to it
  int returns = 0;  // returns to the walk's best week since it last improved
  int walk_best_unplaced = st.unplaced();  // the best week since the last restart
  std::vector<Pos> walk_best = st.positions();
  // While the week is incomplete only the budget stops the search; with neither a time
  // limit nor an iteration limit the stall limit must, or it would never end.
  const bool unbounded = o.time_budget_ms <= 0 && o.max_iterations < 0;
  while (true) {
    if (o.max_iterations >= 0 && control.iterations >= o.max_iterations) break;
    if (control.best_cost() <= floor) break;
    if (stall > 0 && (control.best_unplaced() == 0 || unbounded || control.proved_incomplete) &&
        control.iterations - control.last_improvement >= stall) {
      break;
    }
    if ((control.iterations & 1023) == 0 && control.iterations > 0 && !control.report()) break;
    if (!control.work(st.take_work()) || control.out_of_time()) break;
    const std::size_t v = static_cast<std::size_t>(control.iterations) % length;
    ++control.iterations;

    const std::int64_t before = st.cost();
    const int unplaced_before = st.unplaced();
    const int roll = rng.below(100);
    bool tried = false;
    const bool inserting = unplaced_before > 0 && roll < kInsertPercent;
    if (inserting) {
      tried = mover.insert(control.iterations);
    } else if (unplaced_before > 0 ? roll < (kInsertPercent + 100) / 2 : roll < 50) {
      tried = mover.relocate();
    } else {
      tried = mover.swap();
    }
    if (!tried) continue;
    // An ejection chain is judged by the sessions it leaves unplaced alone (the soft score
    // would hold chains back); every other move by late acceptance on the full cost.
    const bool accept = inserting ? st.unplaced() <= unplaced_before + kInsertSlack
                                  : st.unplaced() <= unplaced_before && (st.cost() <= before || st.cost() <= history[v]);
    if (inserting) mover.bump_unplaced();
    if (!accept) {
      mover.undo();
      continue;
    }
    mover.commit();
    if (st.unplaced() != unplaced_before) std::fill(history.begin(), history.end(), st.cost());
    history[v] = std::min(history[v], st.cost());
    control.offer(st);
    if (st.unplaced() < walk_best_unplaced) {
      walk_best_unplaced = st.unplaced();
      walk_best = st.positions();
      anchor = control.iterations;
      returns = 0;
    }
    if (st.unplaced() == 0) continue;
    // A walk through partial weeks that drifted too far from its best week goes back to
    // it; one that found nothing better for a while goes back too, and after a few such
    // returns starts over from a fresh construction with the sessions that were hardest to
    // place in front (squeaky wheel).
    if (st.unplaced() > walk_best_unplaced + kDrift) {
      restore(st, walk_best);
    } else if (control.iterations - anchor > kReturnAfter) {
      ++returns;
      if (returns >= kReturnsBeforeLns && control.best_unplaced() > kRestartBelow) {
        // Stalled with many sessions out: a large-neighbourhood step from the best week.
        restore(st, control.best());
        const auto& out = st.unplaced_tasks();
        rebuild_around(st, rng, control, out[static_cast<std::size_t>(rng.below(static_cast<int>(out.size())))]);
        control.offer(st);
        walk_best_unplaced = st.unplaced();
        walk_best = st.positions();
        returns = 0;
      } else if (returns >= kReturnsBeforeRestart && control.best_unplaced() <= kRestartBelow) {
        std::vector<int> first;
        for (std::size_t t = 0; t < control.best().size(); ++t) {
          if (!control.best()[t].placed()) first.push_back(static_cast<int>(t));
        }
        reconstruct(st, rng, control, first);
        control.offer(st);
        walk_best_unplaced = st.unplaced();
        walk_best = st.positions();
        returns = 0;
      } else {
        restore(st, walk_best);
      }
      anchor = control.iterations;
    } else {
      continue;
    }
    std::fill(history.begin(), history.end(), st.cost());
  }
  control.report();
}

}  // namespace brightpath::solver
