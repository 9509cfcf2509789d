// The checking code of the warning rules the solver also scores, in one place: validation's
// rules (no_break.cpp, sessions_too_close.cpp, over_daily_maximum.cpp,
// outside_preferred_window.cpp, off_grid.cpp) and the solver's soft score
// (solver/soft_score.cpp) both call these, so a change to a rule changes both.
// tests/core/solver/test_soft_score_agrees.cpp holds the two equal, code by code.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>

#include "brightpath/time.hpp"

namespace brightpath::detail {

// no-break: a gap shorter than this between lessons (walking to the piano) is no break.
inline constexpr int kBreakMinutes = 5;

// no-break: groups a day's lessons, sorted by start (`span_at(i)` gives lesson i's time),
// into blocks with no break inside, and calls `visit(first, last, block)` for each block
// longer than `max` minutes of clock time (first start to last end, short gaps included).
template <class SpanAt, class Visit>
inline void for_each_block_without_break(std::size_t n, int max, SpanAt&& span_at, Visit&& visit) {
  std::size_t first = 0;
  TimeSpan block{};
  for (std::size_t i = 0; i < n; ++i) {
    const TimeSpan t = span_at(i);
    // `block.end` is the latest end so far, so a long lesson that contains a short one
    // keeps the block open.
    if (i == 0 || t.start - block.end >= kBreakMinutes) {
      if (i > 0 && block.minutes() > max) visit(first, i - 1, block);
      first = i;
      block = t;
    } else {
      block.end = std::max(block.end, t.end);
    }
  }
  if (n > 0 && block.minutes() > max) visit(first, n - 1, block);
}

// sessions-too-close: two consecutive sessions of a course (by day) are too close when
// fewer than its minimum days apart; two on one day are 0 days apart.
inline bool sessions_too_close(int earlier_day, int later_day, int min_days) {
  return later_day - earlier_day < min_days;
}

// over-daily-maximum: a child's lesson minutes on a day (shared lessons count in full).
inline bool over_daily_maximum(int total_minutes, int max_minutes) { return total_minutes > max_minutes; }

// outside-preferred-window: a lesson not wholly inside its course's preferred time.
inline bool outside_preferred_window(const std::optional<TimeSpan>& preferred, TimeSpan when) {
  return preferred && !preferred->contains(when);
}

// off-grid: a lesson that does not start on, or last whole steps of, the week's grid.
inline bool start_off_grid(int start, int grid) { return start % grid != 0; }
inline bool duration_off_grid(int duration, int grid) { return duration % grid != 0; }

}  // namespace brightpath::detail
