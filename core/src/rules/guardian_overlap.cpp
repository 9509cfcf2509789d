// A parent cannot teach two lessons at once: the one-parent-several-children problem.
// A shared family lesson is one lesson, so it never overlaps itself.
#include <algorithm>

#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {

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
      Diagnostic d = make_diagnostic(code::guardian_overlap, Severity::error);
      d.span = DaySpan{a.day, {b.time.start, std::min(a.time.end, b.time.end)}};
      d.message = m.plan.guardians[guardian].name;
      d.message += " is teaching ";
      d.message += lesson_label(m, lessons[i]);
      d.message += " and ";
      d.message += lesson_label(m, lessons[j]);
      d.message += " at the same time, ";
      append_span(d.message, *d.span);
      d.message += '.';
      add_ref(d, RefKind::guardian, m.plan.guardians[guardian].id);
      add_lesson_refs(m, lessons[i], d);
      add_lesson_refs(m, lessons[j], d);
      out.push_back(std::move(d));
    }
  }
}

}  // namespace brightpath::detail
