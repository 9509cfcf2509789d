// Lessons happen on the household's school days only.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, DaySpan when, Out& out) {
  Diagnostic d = make_diagnostic(code::non_school_day, Severity::error);
  d.span = when;
  d.message += lesson_label(m, index);
  d.message += " is on ";
  d.message += day_name(when.day);
  d.message += ", which is not a school day.";
  add_lesson_refs(m, index, d);
  out.push_back(std::move(d));
}

}  // namespace

void check_non_school_day(const Model& m, int index, Out& out) {
  const DaySpan when = m.when(index);
  if (!has_day(m.plan.week.school_days, when.day)) report(m, index, when, out);
}

}  // namespace brightpath::detail
