// A child cannot be in two lessons at once (a shared family lesson counts for each child in it).
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int student, int first, int second, const DaySpan& shared,
                              Out& out) {
  Diagnostic d = make_diagnostic(code::student_overlap, Severity::error);
  MessageText text;
  d.span = shared;
  text += m.plan.students[student].name;
  text += " is in ";
  append_lesson_label(text, m, first);
  text += " and ";
  append_lesson_label(text, m, second);
  text += " at the same time, ";
  append_span(text, shared);
  text += '.';
  add_ref(d, RefKind::student, m.plan.students[student].id);
  add_lesson_refs(m, first, d);
  add_lesson_refs(m, second, d);
  d.message.assign(text.view());
  out.push_back(std::move(d));
}

}  // namespace

void check_student_overlap(const Model& m, int index, Out& out) {
  const int student = index / kDaysPerWeek;
  for_each_overlap(m, m.lessons_by_student_day[index], [&](int first, int second, const DaySpan& shared) {
    report(m, student, first, second, shared, out);
  });
}

}  // namespace brightpath::detail
