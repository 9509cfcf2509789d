// A child cannot be in two lessons at once (a shared family lesson counts for each child in it).
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int student, int first, int second, Out& out) {
  const DaySpan a = m.when(first);
  const DaySpan b = m.when(second);
  Diagnostic d = make_diagnostic(code::student_overlap, Severity::error);
  const TimeSpan both{b.time.start, std::min(a.time.end, b.time.end)};
  d.span = DaySpan{a.day, both};
  d.message += m.plan.students[student].name;
  d.message += " is in ";
  d.message += lesson_label(m, first);
  d.message += " and ";
  d.message += lesson_label(m, second);
  d.message += " at the same time, ";
  append_span(d.message, *d.span);
  d.message += '.';
  add_ref(d, RefKind::student, m.plan.students[student].id);
  add_lesson_refs(m, first, d);
  add_lesson_refs(m, second, d);
  out.push_back(std::move(d));
}

}  // namespace

void check_student_overlap(const Model& m, int index, Out& out) {
  const int student = index / kDaysPerWeek;
  const auto& lessons = m.lessons_by_student_day[index];
  // The list is sorted by start, so each lesson only needs comparing with later ones until
  // one starts after it ends. One diagnostic per overlapping pair.
  for (std::size_t i = 0; i < lessons.size(); ++i) {
    const DaySpan a = m.when(lessons[i]);
    for (std::size_t j = i + 1; j < lessons.size(); ++j) {
      const DaySpan b = m.when(lessons[j]);
      if (b.time.start >= a.time.end) break;
      report(m, student, lessons[i], lessons[j], out);
    }
  }
}

}  // namespace brightpath::detail
