// A child's day stays within their maximum lesson minutes. Minutes are the sum of lesson
// durations (a shared lesson counts in full for each child in it). The span runs from the
// first lesson's start to the last lesson's end, the part of the day to lighten.
#include <algorithm>

#include "rules.hpp"
#include "warning_kernels.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, int total, int last_end, Out& out) {
  if (!out.wants(code::over_daily_maximum, Severity::warning)) return;
  const Student& student = m.plan.students[index / kDaysPerWeek];
  const auto& lessons = m.lessons_by_student_day[index];
  const int max = *student.max_daily_minutes;
  const int day = index % kDaysPerWeek;
  Diagnostic d = make_diagnostic(code::over_daily_maximum, Severity::warning);
  MessageText text;
  d.span = DaySpan{day, {m.when(lessons.front()).time.start, last_end}};
  // "Ada has 5 h 30 min of lessons on Monday, 30 min over the daily maximum of 5 h."
  text += student.name;
  text += " has ";
  text.append_duration(total);
  text += " of lessons on ";
  text += day_name(day);
  text += ", ";
  text.append_duration(total - max);
  text += " over the daily maximum of ";
  text.append_duration(max);
  text += '.';
  add_ref(d, RefKind::student, student.id);
  // Only the lessons and their courses: other children of a shared lesson are not the issue.
  add_lessons_and_courses(m, lessons.begin(), lessons.size(), d);
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace

void check_over_daily_maximum(const Model& m, int index, Out& out) {
  const Student& student = m.plan.students[index / kDaysPerWeek];
  if (!student.max_daily_minutes) return;
  const auto& lessons = m.lessons_by_student_day[index];
  if (lessons.empty()) return;
  int total = 0;
  int last_end = 0;
  for (const int l : lessons) {
    total += m.placement(l).duration;
    last_end = std::max(last_end, m.when(l).time.end);
  }
  if (over_daily_maximum(total, *student.max_daily_minutes)) report(m, index, total, last_end, out);
}

}  // namespace brightpath::detail
