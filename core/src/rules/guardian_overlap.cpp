// A parent cannot teach two lessons at once: the one-parent-several-children problem.
// A shared family lesson is one lesson, so it never overlaps itself.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int guardian, int first, int second, const DaySpan& shared,
                              Out& out) {
  Diagnostic d = make_diagnostic(code::guardian_overlap, Severity::error);
  MessageText text;
  d.span = shared;
  text += m.plan.guardians[guardian].name;
  text += " is teaching ";
  append_lesson_label(text, m, first);
  text += " and ";
  append_lesson_label(text, m, second);
  text += " at the same time, ";
  append_span(text, shared);
  text += '.';
  add_ref(d, RefKind::guardian, m.plan.guardians[guardian].id);
  add_lesson_refs(m, first, d);
  add_lesson_refs(m, second, d);
  d.message.assign(text.view());
  out.push_back(std::move(d));
}

}  // namespace

void check_guardian_overlap(const Model& m, int index, Out& out) {
  const int guardian = index / kDaysPerWeek;
  for_each_overlap(m, m.lessons_by_guardian_day[index], [&](int first, int second, const DaySpan& shared) {
    report(m, guardian, first, second, shared, out);
  });
}

}  // namespace brightpath::detail
