#include "soft_score.hpp"

#include <algorithm>

#include "brightpath/solve.hpp"
#include "rules/warning_kernels.hpp"

namespace brightpath::solver {
namespace {

struct Default {
  std::string_view code;
  int weight;
};
// Why these numbers: a missing session or a wrong weekly total is what parents notice first;
// sessions bunched together and a child's overlong day come next; a lesson outside its
// preferred window or without a break is a comfort issue; off-grid only matters for lessons
// the solver does not place itself (it always places on the grid).
constexpr std::array<Default, kSoftCodes> kDefaults = {{
    {"sessions-off-target", 100},
    {"minutes-off-target", 20},
    {"sessions-too-close", 20},
    {"outside-preferred-window", 5},
    {"over-daily-maximum", 20},
    {"no-break", 10},
    {"off-grid", 1},
}};

}  // namespace

std::string_view soft_code(Soft soft) { return kDefaults[static_cast<int>(soft)].code; }

int default_weight(std::string_view code) {
  for (const auto& d : kDefaults) {
    if (d.code == code) return d.weight;
  }
  return 0;
}

Weights load_weights(const Plan& plan) {
  Weights w;
  for (int i = 0; i < kSoftCodes; ++i) w.by_code[i] = kDefaults[i].weight;
  for (const auto& pw : plan.weights) {
    for (int i = 0; i < kSoftCodes; ++i) {
      if (kDefaults[i].code == pw.code) w.by_code[i] = std::clamp(pw.weight, 0, 1000);
    }
  }
  return w;
}

std::int64_t weigh(const Weights& w, const SoftCounts& counts) {
  std::int64_t total = 0;
  for (int i = 0; i < kSoftCodes; ++i) total += counts[static_cast<std::size_t>(i)] * w.by_code[static_cast<std::size_t>(i)];
  return total;
}

namespace {
void add(SoftCounts& out, Soft code, std::int64_t n = 1) { out[static_cast<std::size_t>(code)] += n; }
}  // namespace

void count_lesson(const Course& course, int grid, int start, int duration, SoftCounts& out) {
  if (detail::outside_preferred_window(course.preferred, TimeSpan{start, start + duration})) {
    add(out, Soft::outside_preferred_window);
  }
  // One finding per lesson, however many of its parts are off (as rules/off_grid.cpp).
  if (detail::start_off_grid(start, grid) || detail::duration_off_grid(duration, grid)) add(out, Soft::off_grid);
}

void count_course(const Course& course, const std::array<int, 7>& per_day, SoftCounts& out) {
  const int gap = course.min_days_between;
  if (gap <= 0) return;
  // One finding per pair of consecutive lessons (by day): the pairs on one day, and the
  // first of a day with the last of the day before it.
  int last = -1;
  for (int d = 0; d < 7; ++d) {
    if (per_day[static_cast<std::size_t>(d)] == 0) continue;
    if (detail::sessions_too_close(d, d, gap)) add(out, Soft::sessions_too_close, per_day[static_cast<std::size_t>(d)] - 1);
    if (last >= 0 && detail::sessions_too_close(last, d, gap)) add(out, Soft::sessions_too_close);
    last = d;
  }
}

void count_student_day(const Student& student, std::vector<TimeSpan>& lessons, SoftCounts& out) {
  if (lessons.empty()) return;
  if (student.max_daily_minutes) {
    int total = 0;
    for (const auto& l : lessons) total += l.minutes();
    if (detail::over_daily_maximum(total, *student.max_daily_minutes)) add(out, Soft::over_daily_maximum);
  }
  if (student.max_minutes_without_break) {
    std::sort(lessons.begin(), lessons.end(),
              [](const TimeSpan& a, const TimeSpan& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
    detail::for_each_block_without_break(
        lessons.size(), *student.max_minutes_without_break, [&](std::size_t i) { return lessons[i]; },
        [&](std::size_t, std::size_t, TimeSpan) { add(out, Soft::no_break); });
  }
}

std::int64_t lesson_soft(const Weights& w, const Course& course, int grid, int start, int duration) {
  SoftCounts counts{};
  count_lesson(course, grid, start, duration, counts);
  return weigh(w, counts);
}

std::int64_t course_soft(const Weights& w, const Course& course, const std::array<int, 7>& per_day) {
  SoftCounts counts{};
  count_course(course, per_day, counts);
  return weigh(w, counts);
}

std::int64_t student_day_soft(const Weights& w, const Student& student, std::vector<TimeSpan>& lessons) {
  if (lessons.empty() || (!student.max_daily_minutes && !student.max_minutes_without_break)) return 0;
  SoftCounts counts{};
  count_student_day(student, lessons, counts);
  return weigh(w, counts);
}

}  // namespace brightpath::solver

namespace brightpath {

int soft_weight(const Plan& plan, std::string_view code) {
  const int fallback = solver::default_weight(code);
  if (fallback == 0) return 0;
  for (const auto& w : plan.weights) {
    if (w.code == code) return std::clamp(w.weight, 0, 1000);
  }
  return fallback;
}

}  // namespace brightpath
