// Each course gets the weekly minutes it asks for (sessions × minutes per session). Checked
// only when the session count is right: with a session missing the minutes are off too, and
// sessions-off-target already says so more usefully.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, int total, int target, Out& out) {
  const Course& course = m.plan.courses[index];
  Diagnostic d = make_diagnostic(code::minutes_off_target, Severity::warning);
  // "Ada's Math has 3 h 30 min this week instead of 3 h 45 min (5 × 45 min)."
  d.message += course_owner_label(m, index);
  d.message += " has ";
  append_duration(d.message, total);
  d.message += " this week instead of ";
  append_duration(d.message, target);
  d.message += " (";
  append_int(d.message, course.sessions_per_week);
  d.message += " \u00d7 ";
  append_duration(d.message, course.minutes_per_session);
  d.message += ").";
  add_course_refs(m, index, d);
  out.push_back(std::move(d));
}

}  // namespace

void check_minutes_off_target(const Model& m, int index, Out& out) {
  const Course& course = m.plan.courses[index];
  const auto& lessons = m.lessons_by_course[index];
  if (static_cast<int>(lessons.size()) != course.sessions_per_week) return;
  int total = 0;
  for (const int l : lessons) total += m.placement(l).duration;
  const int target = course.sessions_per_week * course.minutes_per_session;
  if (total != target) report(m, index, total, target, out);
}

}  // namespace brightpath::detail
