// Lessons happen only on the days their course allows (e.g. Latin on Mondays and Thursdays).
// Only a course that lists its days is checked; a course without a list may use any school
// day, and a lesson on a non-school day is already reported by non-school-day.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, int c, DaySet days, DaySpan when, Out& out) {
  MessageText text;
  append_lesson_at(text, m, index);
  text += " is on ";
  text += day_name(when.day);
  text += ", but ";
  text += m.plan.courses[c].subject;
  text += " is only on ";
  append_day_list(text, days);
  text += '.';
  report_lesson(m, index, code::day_not_allowed, Severity::error, text, out);
}

}  // namespace

void check_day_not_allowed(const Model& m, int index, Out& out) {
  const int c = m.lessons[index].course;
  if (c < 0) return;
  const auto& days = m.plan.courses[c].days;
  const DaySpan when = m.when(index);
  if (days && !has_day(*days, when.day)) report(m, index, c, *days, when, out);
}

}  // namespace brightpath::detail
