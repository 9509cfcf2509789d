#include "soft_score.hpp"

#include <algorithm>

#include "brightpath/solve.hpp"

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

std::int64_t lesson_soft(const Weights& w, const Course& course, int grid, int start, int duration) {
  std::int64_t s = 0;
  if (course.preferred && !course.preferred->contains(TimeSpan{start, start + duration})) {
    s += w[Soft::outside_preferred_window];
  }
  if (start % grid != 0 || duration % grid != 0) s += w[Soft::off_grid];
  return s;
}

std::int64_t course_soft(const Weights& w, const Course& course, const std::array<int, 7>& per_day) {
  const int gap = course.min_days_between;
  if (gap <= 0) return 0;
  // As rules/sessions_too_close.cpp: one finding per pair of consecutive lessons (by day)
  // closer than the minimum; two on one day are 0 days apart.
  std::int64_t pairs = 0;
  int last = -1;
  for (int d = 0; d < 7; ++d) {
    if (per_day[d] == 0) continue;
    pairs += per_day[d] - 1;
    if (last >= 0 && d - last < gap) ++pairs;
    last = d;
  }
  return pairs * w[Soft::sessions_too_close];
}

std::int64_t student_day_soft(const Weights& w, const Student& student, std::vector<TimeSpan>& lessons) {
  if (lessons.empty() || (!student.max_daily_minutes && !student.max_minutes_without_break)) return 0;
  std::int64_t s = 0;
  if (student.max_daily_minutes) {
    int total = 0;
    for (const auto& l : lessons) total += l.minutes();
    if (total > *student.max_daily_minutes) s += w[Soft::over_daily_maximum];
  }
  if (student.max_minutes_without_break) {
    std::sort(lessons.begin(), lessons.end(),
              [](const TimeSpan& a, const TimeSpan& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
    // As rules/no_break.cpp: gaps shorter than kBreakMinutes do not count as a break, and a
    // block is measured in clock time from its first start to its last end.
    constexpr int kBreakMinutes = 5;
    const int limit = *student.max_minutes_without_break;
    TimeSpan run = lessons[0];
    for (std::size_t i = 1; i <= lessons.size(); ++i) {
      if (i < lessons.size() && lessons[i].start - run.end < kBreakMinutes) {
        run.end = std::max(run.end, lessons[i].end);
        continue;
      }
      if (run.minutes() > limit) s += w[Soft::no_break];
      if (i < lessons.size()) run = lessons[i];
    }
  }
  return s;
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
