// The conflict repair's week (solver/conflict_repair.cpp): every session in it at one
// choice, overlaps allowed and counted. Per cell of each child, adult and resource: how
// many sessions use it and how much an overlap there weighs (breakout weights); the
// overlap count; the sessions laid out on each (entity, day); and the sessions that may be
// in conflict, for the search to pick from. The search decides what moves where; this
// file only keeps the books. Defined here in full because its counting is the repair's
// inner loop (the native build does not optimise across files).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "problem.hpp"
#include "random.hpp"

namespace brightpath::solver {

// Every overlapping cell starts at this weight; breakout adds one at a time, so the weights
// shift the search gently (1 and 10 measured worse: the search wandered off its best).
inline constexpr std::int64_t kBaseOverlapWeight = 100;

class OverlapWeek {
 public:
  // Empty, except that what never moves holds its cells from the start (a commitment is not
  // part of an adult's availability, so an "any guardian" class could otherwise land on
  // one), and a session overlapping it counts as in conflict like any other.
  explicit OverlapWeek(const Problem& p) : p_(p), cells_(p.cells_per_day) {
    const Plan& plan = p_.model->plan;
    const auto cells = [&](std::size_t entities) { return entities * 7 * static_cast<std::size_t>(cells_); };
    students_.assign(cells(plan.students.size()), 0);
    guardians_.assign(cells(plan.guardians.size()), 0);
    resources_.assign(cells(plan.resources.size()), 0);
    student_weight_.assign(students_.size(), kBaseOverlapWeight);
    guardian_weight_.assign(guardians_.size(), kBaseOverlapWeight);
    resource_weight_.assign(resources_.size(), kBaseOverlapWeight);
    choice_.assign(p_.tasks.size(), -1);
    listed_.assign(p_.tasks.size(), 0);
    student_day_.assign(plan.students.size() * 7, {});
    guardian_day_.assign(plan.guardians.size() * 7, {});
    resource_day_.assign(plan.resources.size() * 7, {});
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

  [[nodiscard]] const Task& task(int u) const { return p_.tasks[static_cast<std::size_t>(u)]; }
  [[nodiscard]] const Domain& domain(int u) const { return p_.domains[static_cast<std::size_t>(task(u).domain)]; }
  [[nodiscard]] int adults() const { return static_cast<int>(p_.all_guardians.size()); }

  // A choice of task `u` is a start of its domain, and for an "any guardian" class also the
  // adult (choice = start * adults + adult); -1 while `u` is not laid out.
  [[nodiscard]] const Slot& slot_of(int u, int c) const {
    return domain(u).slots[static_cast<std::size_t>(task(u).guardian == kAnyGuardian ? c / adults() : c)];
  }
  [[nodiscard]] int guardian_of(int u, int c) const {
    const Task& t = task(u);
    return t.guardian == kAnyGuardian ? p_.all_guardians[static_cast<std::size_t>(c % adults())] : t.guardian;
  }
  [[nodiscard]] int choice(int u) const { return choice_[static_cast<std::size_t>(u)]; }
  [[nodiscard]] const std::vector<int>& choices() const { return choice_; }
  // Cells where a child or adult holds two lessons, or a resource is over capacity.
  [[nodiscard]] std::int64_t overlaps() const { return overlaps_; }

  // Lays `u` out at choice `to` (taking it off its current one) and lists the sessions it
  // now overlaps as candidates for the search.
  void move(int u, int to) {
    int& choice = choice_[static_cast<std::size_t>(u)];
    if (choice >= 0) {
      const Slot& s = slot_of(u, choice);
      add(u, s.day, s.cell, guardian_of(u, choice), -1);
      index(u, s, guardian_of(u, choice), false);
    }
    choice = to;
    const Slot& s = slot_of(u, to);
    const int g = guardian_of(u, to);
    if (cost(u, s, g) > 0) {
      list(u);
      list_overlapping(u, s, g);
    }
    add(u, s.day, s.cell, g, +1);
    index(u, s, g, true);
  }

  // Takes `u`'s use of its cells off the counts (and puts it back) without moving it, so
  // that costs can be read as if it were elsewhere.
  void lift(int u) { use(u, -1); }
  void put_back(int u) { use(u, +1); }

  // The weighted overlaps `u` (lifted) would add at `s` with `guardian`.
  [[nodiscard]] std::int64_t cost(int u, const Slot& s, int guardian) const {
    return people_cost(u, s) + (guardian >= 0 ? guardian_cost(guardian, s, task(u).cells) : 0);
  }
  // The children's and resources' part. Stops once the sum passes `bound` and returns it
  // unfinished, for callers that only compare it with their best so far (measured: an
  // eighth to a fifth more moves a second).
  [[nodiscard]] std::int64_t people_cost(int u, const Slot& s, std::int64_t bound = INT64_MAX) const {
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
  [[nodiscard]] std::int64_t guardian_cost(int guardian, const Slot& s, int cells) const {
    const int end = std::min(s.cell + cells, cells_);
    std::int64_t c = 0;
    for (int k = s.cell; k < end; ++k) {
      const std::size_t i = at(guardian, s.day, k);
      if (guardians_[i] > 0) c += guardian_weight_[i];
    }
    return c;
  }

  // Breakout: `u` (lifted) stays where it is because every other choice is worse, so the
  // cells where it overlaps weigh more from now on; the sessions there look elsewhere.
  void bump(int u) {
    const Task& t = task(u);
    const Slot& s = slot_of(u, choice(u));
    const int guardian = guardian_of(u, choice(u));
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
  void reset_weights() {
    std::fill(student_weight_.begin(), student_weight_.end(), kBaseOverlapWeight);
    std::fill(guardian_weight_.begin(), guardian_weight_.end(), kBaseOverlapWeight);
    std::fill(resource_weight_.begin(), resource_weight_.end(), kBaseOverlapWeight);
  }
  // Cells counted, for the work the search reports.
  [[nodiscard]] std::size_t size() const { return students_.size(); }

  // A random session that overlaps something now (lazily pruned from the candidates); -1
  // when none does.
  int pick_conflicting(Random& rng) {
    while (!conflicted_.empty()) {
      const std::size_t i = static_cast<std::size_t>(rng.below(static_cast<int>(conflicted_.size())));
      const int u = conflicted_[i];
      const Slot& s = slot_of(u, choice(u));
      const int g = guardian_of(u, choice(u));
      lift(u);
      const bool overlapping = cost(u, s, g) > 0;
      put_back(u);
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

 private:
  std::size_t at(int entity, int day, int cell) const {
    return (static_cast<std::size_t>(entity) * 7 + static_cast<std::size_t>(day)) * static_cast<std::size_t>(cells_) +
           static_cast<std::size_t>(cell);
  }
  int capacity(int x) const { return p_.model->plan.resources[static_cast<std::size_t>(x)].capacity; }

  void use(int u, int delta) {
    const int c = choice(u);
    const Slot& s = slot_of(u, c);
    add(u, s.day, s.cell, guardian_of(u, c), delta);
  }

  // Adds (+1) or removes (-1) a session's use of its cells, keeping the overlap count.
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

  void list(int u) {
    if (listed_[static_cast<std::size_t>(u)] != 0) return;
    listed_[static_cast<std::size_t>(u)] = 1;
    conflicted_.push_back(u);
  }

  // Lists the sessions `u` overlaps at `s` with `guardian`, so that they too can move.
  void list_overlapping(int u, const Slot& s, int guardian) {
    const Task& t = task(u);
    const auto scan = [&](const std::vector<int>& on_day) {
      for (const int v : on_day) {
        if (v == u || listed_[static_cast<std::size_t>(v)] != 0) continue;
        const Slot& o = slot_of(v, choice(v));
        if (o.cell < s.cell + t.cells && s.cell < o.cell + task(v).cells) list(v);
      }
    };
    for (const int x : t.students) scan(student_day_[static_cast<std::size_t>(x * 7 + s.day)]);
    if (guardian >= 0) scan(guardian_day_[static_cast<std::size_t>(guardian * 7 + s.day)]);
    for (const int x : t.resources) scan(resource_day_[static_cast<std::size_t>(x * 7 + s.day)]);
  }

  // The sessions laid out on each (child, adult or resource; day).
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

  const Problem& p_;
  int cells_ = 96;
  std::vector<int> students_, guardians_, resources_;
  std::vector<std::int64_t> student_weight_, guardian_weight_, resource_weight_;
  std::vector<int> choice_;
  std::vector<std::vector<int>> student_day_, guardian_day_, resource_day_;
  std::vector<char> listed_;
  std::vector<int> conflicted_;
  std::int64_t overlaps_ = 0;
};

}  // namespace brightpath::solver
