// A partial week during the search: where each task sits (or that it is unplaced), the
// occupancy that makes feasibility checks cheap, and the soft score kept up to date move by
// move (delta evaluation). Every placed task is always hard-feasible: the search never
// builds a week with an overlap, it leaves sessions unplaced instead.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "problem.hpp"

namespace brightpath::solver {

// One unplaced session outweighs any soft score a week can have.
inline constexpr std::int64_t kUnplacedCost = 1'000'000'000;

struct Pos {
  int day = -1;  // -1 = unplaced
  int cell = 0;
  int guardian = detail::kNone;
  [[nodiscard]] bool placed() const { return day >= 0; }
  bool operator==(const Pos&) const = default;
};

class SearchState {
 public:
  explicit SearchState(const Problem& problem);

  [[nodiscard]] const Problem& problem() const { return p_; }
  [[nodiscard]] const Pos& pos(int task) const { return pos_[static_cast<std::size_t>(task)]; }
  [[nodiscard]] const std::vector<Pos>& positions() const { return pos_; }
  [[nodiscard]] int task_count() const { return static_cast<int>(pos_.size()); }
  [[nodiscard]] int unplaced() const { return unplaced_; }
  [[nodiscard]] std::int64_t soft() const { return soft_; }
  [[nodiscard]] std::int64_t cost() const { return unplaced_ * kUnplacedCost + soft_; }
  // The tasks not placed now, in no particular (but deterministic) order.
  [[nodiscard]] const std::vector<int>& unplaced_tasks() const { return unplaced_list_; }
  // The movable tasks placed on a student's day.
  [[nodiscard]] const std::vector<int>& student_day_tasks(int student, int day) const {
    return by_student_day_[static_cast<std::size_t>(student * 7 + day)];
  }

  [[nodiscard]] const std::vector<int>& guardian_day_tasks(int guardian, int day) const {
    return by_guardian_day_[static_cast<std::size_t>(guardian * 7 + day)];
  }
  [[nodiscard]] const std::vector<int>& resource_day_tasks(int resource, int day) const {
    return by_resource_day_[static_cast<std::size_t>(resource * 7 + day)];
  }

  // Whether the unplaced `task` fits at (day, cell) taught by `guardian` (ignored for a task
  // that has its own fixed guardian or none), given everything placed now.
  [[nodiscard]] bool fits(int task, int day, int cell, int guardian) const;
  // Its two halves: the children and rooms, and the adult (`g` < 0: none needed).
  [[nodiscard]] bool fits_people(int task, int day, int cell) const;
  [[nodiscard]] bool fits_guardian(int task, int g, int day, int cell) const;
  // The guardian that fits an "any guardian" task there, trying them from `rotate` on;
  // detail::kUnknown when none does. For other tasks, their own guardian or kNone.
  [[nodiscard]] int fitting_guardian(int task, int day, int cell, std::uint64_t rotate) const;
  // The soft-score change of placing the unplaced `task` at `at`, without placing it.
  [[nodiscard]] std::int64_t place_delta(int task, const Pos& at) const;
  // Placed movable tasks in the way of `task` at (day, cell, guardian); false when a fixed
  // lesson, commitment or availability is in the way (nothing can be ejected to fix it).
  // Stops collecting once more than `limit` are found.
  bool blockers(int task, int day, int cell, int guardian, std::vector<int>& out,
                std::size_t limit = SIZE_MAX) const;

  // Who stands in the way of the unplaced `task` at (day, cell): every child, resource and
  // (named) guardian busy then, through fixed things or placed lessons alike; for an "any
  // guardian" task, one entry with index -1 when no adult can take it then. Explanations
  // count these over a session's starts.
  struct Party {
    RefKind kind = RefKind::student;
    int index = -1;
  };
  void busy_parties(int task, int day, int cell, std::vector<Party>& out) const;

  // Calls visit(at, blockers) for every start of the unplaced `task`'s domain (and every
  // guardian, for an "any guardian" task) where nothing fixed and at most `limit` movable
  // lessons stand in the way; `blockers` may be empty (a free start). The same starts and
  // blockers as calling `blockers` on each, but the children's and resources' part is
  // found once per start rather than once per guardian.
  template <class Visit>
  void for_each_ejection(int task, std::size_t limit, Visit&& visit) const;

  void place(int task, const Pos& at);
  void unplace(int task);

  // Starts (times guardians tried at each) looked at since the last call: the search's unit
  // of work for the time and progress checks.
  std::int64_t take_work() { return std::exchange(work_, 0); }
  void add_work(std::int64_t units) const { work_ += units; }
  // The work of looking at every start of `task`'s domain once.
  [[nodiscard]] std::int64_t domain_work(int task) const {
    const Task& t = p_.tasks[static_cast<std::size_t>(task)];
    const auto starts = static_cast<std::int64_t>(p_.domains[static_cast<std::size_t>(t.domain)].slots.size());
    return starts * (t.guardian == kAnyGuardian ? 1 + static_cast<std::int64_t>(p_.all_guardians.size()) : 1);
  }

  // The soft score recomputed from scratch (the delta cross-check in the tests), and the
  // same counted by code (held equal to validate()'s findings by the tests).
  [[nodiscard]] std::int64_t recompute_soft() const { return weigh(p_.weights, soft_counts()); }
  [[nodiscard]] SoftCounts soft_counts() const;

 private:
  [[nodiscard]] int guardian_of(int task, int chosen) const;
  // The parts of `blockers`: children and resources, then one guardian; both append to
  // `out` (without repeats) and return false when something fixed is in the way or more
  // than `limit` are found.
  bool people_blockers(int task, int day, int cell, std::vector<int>& out, std::size_t limit) const;
  bool guardian_blockers(int task, int guardian, int day, int cell, std::vector<int>& out, std::size_t limit) const;
  std::int64_t student_day_term(int student, int day, int extra_task, const Pos* extra) const;
  void refresh_course(int course);
  void refresh_student_day(int student, int day);

  const Problem& p_;
  mutable std::int64_t work_ = 0;
  std::vector<Pos> pos_;
  int unplaced_ = 0;
  std::int64_t soft_ = 0;
  BusyBits students_, guardians_;
  LoadCounts resources_;
  std::vector<std::vector<int>> by_student_day_, by_guardian_day_, by_resource_day_;
  std::vector<std::array<int, 7>> course_days_;
  std::vector<std::int64_t> course_term_, student_day_term_, lesson_term_;
  std::vector<int> unplaced_list_, unplaced_at_;  // the list, and each task's index in it
  mutable std::vector<TimeSpan> scratch_;
  mutable std::vector<int> eject_people_, eject_all_;
  // The movable lesson holding each cell of each (student or guardian, day), -1 for none:
  // who is in the way of a start, without scanning the day's lessons.
  std::vector<int> student_owner_, guardian_owner_;
  [[nodiscard]] std::size_t owner_index(int entity, int day, int cell) const {
    return (static_cast<std::size_t>(entity) * 7 + static_cast<std::size_t>(day)) *
               static_cast<std::size_t>(p_.cells_per_day) + static_cast<std::size_t>(cell);
  }
  void set_owner(std::vector<int>& owners, int entity, int day, int cell, int count, int task) {
    const std::size_t base = owner_index(entity, day, cell);
    for (int c = 0; c < count; ++c) owners[base + static_cast<std::size_t>(c)] = task;
  }
  // Appends the distinct owners of cells [cell, cell + count) not yet in `out`; false once
  // `out` holds more than `limit`.
  bool add_owners(const std::vector<int>& owners, int entity, int day, int cell, int count, std::vector<int>& out,
                  std::size_t limit) const;
};

template <class Visit>
void SearchState::for_each_ejection(int task, std::size_t limit, Visit&& visit) const {
  const Task& t = p_.tasks[static_cast<std::size_t>(task)];
  const Domain& d = p_.domains[static_cast<std::size_t>(t.domain)];
  work_ += domain_work(task);
  for (const Slot& s : d.slots) {
    eject_people_.clear();
    if (t.guardian >= 0) {
      // A named guardian first: a busy teacher rules the start out before any child is looked at.
      if (!guardian_blockers(task, t.guardian, s.day, s.cell, eject_people_, limit)) continue;
    }
    if (!people_blockers(task, s.day, s.cell, eject_people_, limit)) continue;
    if (t.guardian == kAnyGuardian) {
      for (const int g : p_.all_guardians) {
        // Most adults are not free then at all: ruled out before the children's list is copied.
        if (!p_.available(g, s.day, s.cell, t.duration) || !p_.fixed_guardians.free(g, s.day, s.cell, t.cells)) continue;
        eject_all_ = eject_people_;
        if (guardian_blockers(task, g, s.day, s.cell, eject_all_, limit)) visit(Pos{s.day, s.cell, g}, eject_all_);
      }
    } else {
      visit(Pos{s.day, s.cell, t.guardian}, eject_people_);
    }
  }
}

}  // namespace brightpath::solver
