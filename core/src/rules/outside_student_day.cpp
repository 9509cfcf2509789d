// A lesson fits inside the school day of every child in it (a child's own hours, or the
// week's). A shared lesson is reported once per child it does not fit, naming that child,
// because the fix may be that child's hours rather than the lesson.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, int s, TimeSpan window, DaySpan when,
                              Out& out) {
  if (!out.wants(code::outside_student_day, Severity::error)) return;
  const Student& student = m.plan.students[s];
  Diagnostic d = make_diagnostic(code::outside_student_day, Severity::error);
  MessageText text;
  d.span = when;
  append_lesson_at(text, m, index);
  text += " is outside ";
  text += student.name;
  text += "'s school day (";
  append_time_range(text, window);
  text += ").";
  add_ref(d, RefKind::student, student.id);
  add_lesson_refs(m, index, d);
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace

void check_outside_student_day(const Model& m, int index, Out& out) {
  const DaySpan when = m.when(index);
  for (const int s : m.students_of(index)) {
    const TimeSpan window = m.student_day(s);
    if (!window.contains(when.time)) report(m, index, s, window, when, out);
  }
}

}  // namespace brightpath::detail
