// A parent cannot teach two lessons at once: the one-parent-several-children problem.
// A shared family lesson is one lesson, so it never overlaps itself.
#include <algorithm>

#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int guardian, int first, int second, Out& out) {
  const DaySpan a = m.when(first);
  const DaySpan b = m.when(second);
  Diagnostic d = make_diagnostic(code::guardian_overlap, Severity::error);
  d.span = DaySpan{a.day, {b.time.start, std::min(a.time.end, b.time.end)}};
  d.message += m.plan.guardians[guardian].name;
  d.message += " is teaching ";
  d.message += lesson_label(m, first);
  d.message += " and ";
  d.message += lesson_label(m, second);
  d.message += " at the same time, ";
  append_span(d.message, *d.span);
  d.message += '.';
  add_ref(d, RefKind::guardian, m.plan.guardians[guardian].id);
  add_lesson_refs(m, first, d);
  add_lesson_refs(m, second, d);
  out.push_back(std::move(d));
}

}  // namespace

void check_guardian_overlap(const Model& m, int index, Out& out) {
  const int guardian = index / kDaysPerWeek;
  const auto& lessons = m.lessons_by_guardian_day[index];
  // Sorted by start: compare each lesson with later ones until one starts after it ends.
  // One diagnostic per overlapping pair, so each pair can be fixed (and disappears) alone.
  for (std::size_t i = 0; i < lessons.size(); ++i) {
    const DaySpan a = m.when(lessons[i]);
    for (std::size_t j = i + 1; j < lessons.size(); ++j) {
      const DaySpan b = m.when(lessons[j]);
      if (b.time.start >= a.time.end) break;
      report(m, guardian, lessons[i], lessons[j], out);
    }
  }
}

}  // namespace brightpath::detail
