// The soft score: validation warnings, weighted. The solver evaluates the same rules as
// validation, through the same kernels (rules/warning_kernels.hpp), on its own fast
// structures (so a move costs a few scopes, not a validation); the final score is always
// recomputed by validate() on the result.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "brightpath/plan.hpp"

namespace brightpath::solver {

// Warning codes the solver's search optimises, in catalogue order.
enum class Soft : std::uint8_t {
  sessions_off_target,
  minutes_off_target,
  sessions_too_close,
  outside_preferred_window,
  over_daily_maximum,
  no_break,
  off_grid,
};
inline constexpr int kSoftCodes = 7;
std::string_view soft_code(Soft soft);

// The documented defaults (docs/solver.md); 0 for codes that are not warnings.
int default_weight(std::string_view code);

struct Weights {
  std::array<int, kSoftCodes> by_code{};
  [[nodiscard]] int operator[](Soft s) const { return by_code[static_cast<int>(s)]; }
};
Weights load_weights(const Plan& plan);

// Findings per warning code (Soft order): what validation would report, counted. The
// checks are the rules' own kernels (rules/warning_kernels.hpp).
using SoftCounts = std::array<std::int64_t, kSoftCodes>;
std::int64_t weigh(const Weights& w, const SoftCounts& counts);

// A lesson's own terms: outside its course's preferred window, off the grid.
void count_lesson(const Course& course, int grid, int start, int duration, SoftCounts& out);
// A course's spread term from how many of its lessons fall on each day.
void count_course(const Course& course, const std::array<int, 7>& per_day, SoftCounts& out);
// One child's day: daily maximum and breaks. `lessons` is reordered.
void count_student_day(const Student& student, std::vector<TimeSpan>& lessons, SoftCounts& out);

// The same, weighted: what the search adds up move by move.
std::int64_t lesson_soft(const Weights& w, const Course& course, int grid, int start, int duration);
std::int64_t course_soft(const Weights& w, const Course& course, const std::array<int, 7>& per_day);
std::int64_t student_day_soft(const Weights& w, const Student& student, std::vector<TimeSpan>& lessons);

}  // namespace brightpath::solver
