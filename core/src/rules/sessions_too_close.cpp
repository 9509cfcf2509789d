// Sessions of a course are spread at least its minimum days apart (piano practice every
// other day, not three times on Monday). Each pair of consecutive sessions (by day, then
// start) closer than the minimum gets one warning; two sessions on the same day are 0 days
// apart. The span is the later session, the one a parent would usually move.
#include "rules.hpp"
#include "warning_kernels.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, int earlier, int later, Out& out) {
  if (!out.wants(code::sessions_too_close, Severity::warning)) return;
  const int min_days = m.plan.courses[index].min_days_between;
  const DaySpan a = m.when(earlier);
  const DaySpan b = m.when(later);
  const int apart = b.day - a.day;
  Diagnostic d = make_diagnostic(code::sessions_too_close, Severity::warning);
  MessageText text;
  d.span = b;
  // "Ada's Piano is on Monday 09:00–09:30 and again on Tuesday 09:00–09:30, 1 day apart;
  //  sessions should be at least 2 days apart."
  append_course_owner_label(text, m, index);
  text += " is on ";
  append_span(text, a);
  text += " and again on ";
  append_span(text, b);
  if (apart == 0) {
    text += ", the same day";
  } else {
    text += ", ";
    append_count(text, apart, "day", "days");
    text += " apart";
  }
  text += "; sessions should be at least ";
  append_count(text, min_days, "day", "days");
  text += " apart.";
  add_lesson_refs(m, earlier, d);
  add_lesson_refs(m, later, d);
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace

void check_sessions_too_close(const Model& m, int index, Out& out) {
  const int min_days = m.plan.courses[index].min_days_between;
  if (min_days <= 0) return;
  const auto& lessons = m.lessons_by_course[index];
  // Through locals, as in no_break.cpp: the call in the loop would make every step reload them.
  const int* const ids = lessons.begin();
  const Placement* const placements = m.plan.placements.data();
  for (std::size_t i = 1; i < lessons.size(); ++i) {
    if (sessions_too_close(placements[ids[i - 1]].day, placements[ids[i]].day, min_days)) {
      report(m, index, ids[i - 1], ids[i], out);
    }
  }
}

}  // namespace brightpath::detail
