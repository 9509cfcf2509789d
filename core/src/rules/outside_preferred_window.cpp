// Lessons sit in their course's preferred time of day (hard subjects in the morning). Soft:
// the week still works, it is just not how the parent wanted it.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, TimeSpan preferred, DaySpan when, Out& out) {
  Diagnostic d = make_diagnostic(code::outside_preferred_window, Severity::warning);
  MessageText text;
  d.span = when;
  append_lesson_at(text, m, index);
  text += " is outside its preferred time, ";
  append_time_range(text, preferred);
  text += '.';
  add_lesson_refs(m, index, d);
  d.message.assign(text.view());
  out.push_back(std::move(d));
}

}  // namespace

void check_outside_preferred_window(const Model& m, int index, Out& out) {
  const int c = m.lessons[index].course;
  if (c < 0) return;
  const auto& preferred = m.plan.courses[c].preferred;
  const DaySpan when = m.when(index);
  if (preferred && !preferred->contains(when.time)) report(m, index, *preferred, when, out);
}

}  // namespace brightpath::detail
