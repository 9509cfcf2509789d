// A lesson with a teacher falls inside that adult's availability. Windows that touch or
// overlap count as one (08:00–10:00 and 10:00–12:00 cover a 09:00–11:00 lesson), since a
// parent who enters their morning in two pieces is still free all morning.
#include <algorithm>

#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {

namespace {

// Merges the guardian's windows of the day and reports the lesson if they do not hold it
// either. Out of line: see rules.hpp.
[[gnu::noinline]] void check_merged(const Model& m, int index, const Guardian& guardian, DaySpan when,
                                    Out& out) {
  const std::vector<TimeSpan> windows = merged_availability(guardian, when.day);
  for (const TimeSpan& w : windows) {
    if (w.contains(when.time)) return;
  }
  MessageText text;
  append_lesson_at(text, m, index);
  text += " is outside ";
  text += guardian.name;
  text += "'s availability";
  if (windows.empty()) {
    text += ": ";
    text += guardian.name;
    text += " is not available on ";
    text += day_name(when.day);
  } else {
    text += " on ";
    text += day_name(when.day);
    text += " (";
    for (std::size_t i = 0; i < windows.size(); ++i) {
      if (i > 0) text += ", ";
      append_time_range(text, windows[i]);
    }
    text += ')';
  }
  text += '.';
  report_lesson(m, index, code::outside_availability, Severity::error, text, out);
}

}  // namespace

void check_outside_availability(const Model& m, int index, Out& out) {
  const int g = m.lessons[index].guardian;
  if (g < 0) return;
  const Guardian& guardian = m.plan.guardians[g];
  const DaySpan when = m.when(index);
  // A lesson on a day off is non-school-day's finding: one misplaced lesson, one error.
  if (!has_day(m.plan.week.school_days, when.day)) return;
  // Fast path without allocating: one window alone usually covers the lesson.
  for (const DaySpan& w : guardian.availability) {
    if (w.day == when.day && w.time.contains(when.time)) return;
  }
  check_merged(m, index, guardian, when, out);
}

}  // namespace brightpath::detail
