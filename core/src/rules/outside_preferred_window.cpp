// Lessons sit in their course's preferred time of day (hard subjects in the morning). Soft:
// the week still works, it is just not how the parent wanted it.
#include "rules.hpp"
#include "warning_kernels.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, TimeSpan preferred, Out& out) {
  MessageText text;
  append_lesson_at(text, m, index);
  text += " is outside its preferred time, ";
  append_time_range(text, preferred);
  text += '.';
  report_lesson(m, index, code::outside_preferred_window, Severity::warning, text, out);
}

}  // namespace

void check_outside_preferred_window(const Model& m, int index, Out& out) {
  const int c = m.lessons[index].course;
  if (c < 0) return;
  const auto& preferred = m.plan.courses[c].preferred;
  const DaySpan when = m.when(index);
  if (outside_preferred_window(preferred, when.time)) report(m, index, *preferred, out);
}

}  // namespace brightpath::detail
