// Lessons happen on the household's school days only.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, DaySpan when, Out& out) {
  MessageText text;
  append_lesson_label(text, m, index);
  text += " is on ";
  text += day_name(when.day);
  text += ", which is not a school day.";
  report_lesson(m, index, code::non_school_day, Severity::error, text, out);
}

}  // namespace

void check_non_school_day(const Model& m, int index, Out& out) {
  const DaySpan when = m.when(index);
  if (!has_day(m.plan.week.school_days, when.day)) report(m, index, when, out);
}

}  // namespace brightpath::detail
