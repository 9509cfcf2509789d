// The solver's view of a plan: the sessions to place (tasks), where each may go (domains),
// and everything that never moves (commitments, locked or kept lessons) already laid into
// occupancy. Built once per solve from the validation model, so ids are resolved exactly
// the way validation resolves them.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "brightpath/solve.hpp"
#include "model.hpp"
#include "occupancy.hpp"
#include "soft_score.hpp"

namespace brightpath::solver {

inline constexpr int kAnyGuardian = -3;  // a teacher-led course any guardian may teach

// A start on the grid: minute cell * grid of `day`.
struct Slot {
  std::int16_t day = -1;
  std::int16_t cell = 0;
};

struct Task {
  int course = -1;
  int placement = -1;  // the existing lesson it moves (all_unlocked), -1 = a new session
  int duration = 0;    // minutes
  int cells = 0;       // grid cells it covers
  int guardian = detail::kNone;  // kNone (independent), a guardian index, or kAnyGuardian
  std::vector<int> students;
  std::vector<int> resources;
  int domain = -1;
  // How many people and things must be free at once: what ejecting this lesson costs (a
  // child's independent reading slips into another gap; a class of twelve rarely does).
  int parties = 1;
  // Where an existing lesson was (tried first so a repaired week changes little).
  Slot initial;
  int initial_guardian = detail::kNone;
};

// Every start that satisfies the constraints that do not depend on other movable lessons:
// school and course days, the children's days, fixed commitments, kept lessons, and (for a
// named guardian) availability. For "any guardian", at least one guardian fits statically.
struct Domain {
  std::vector<Slot> slots;
  std::vector<std::uint64_t> allowed;  // bit day * cells_per_day + cell
};

struct Problem {
  const detail::Model* model = nullptr;
  int grid = 15;
  int cells_per_day = 96;
  std::vector<Task> tasks;
  std::vector<Domain> domains;
  std::vector<int> all_guardians;  // candidates for "any guardian"
  bool complete = true;            // false: building was stopped (time or cancel)

  // What never moves, laid out on the grid.
  BusyBits fixed_students, fixed_guardians;
  LoadCounts fixed_resources;
  // [guardian * 7 + day][cell]: end minute of the availability window holding the cell's
  // start, -1 when unavailable then.
  std::vector<std::vector<int>> availability_end;
  // Kept lessons per (student, day) and per course day, for the soft terms.
  std::vector<std::vector<TimeSpan>> fixed_lessons_by_student_day;
  std::vector<std::array<int, 7>> fixed_course_days;
  std::int64_t fixed_lesson_soft = 0;  // soft terms of kept lessons alone (never change)
  SoftCounts fixed_lesson_counts{};   // the same, counted by code
  Weights weights;

  [[nodiscard]] bool allowed(const Domain& d, int day, int cell) const {
    const std::size_t bit = static_cast<std::size_t>(day * cells_per_day + cell);
    return ((d.allowed[bit / 64] >> (bit % 64)) & 1U) != 0;
  }
  [[nodiscard]] bool available(int guardian, int day, int cell, int duration) const {
    const int end = availability_end[static_cast<std::size_t>(guardian * 7 + day)][static_cast<std::size_t>(cell)];
    return end >= cell * grid + duration;
  }
};

class SearchControl;

// Builds the problem. `movable_existing` = unlocked lessons become tasks (all_unlocked).
// With a control, building the domains counts as work and stops when it says so; the
// problem is then `complete == false` and must not be searched.
Problem build_problem(const detail::Model& model, MoveScope scope, SearchControl* control = nullptr);

}  // namespace brightpath::solver
