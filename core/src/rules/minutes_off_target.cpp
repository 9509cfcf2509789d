// Each course gets the weekly minutes it asks for (sessions × minutes per session). Checked
// only when the session count is right: with a session missing the minutes are off too, and
// sessions-off-target already says so more usefully.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, int total, int target, Out& out) {
  if (!out.wants(code::minutes_off_target, Severity::warning)) return;
  const Course& course = m.plan.courses[index];
  Diagnostic d = make_diagnostic(code::minutes_off_target, Severity::warning);
  MessageText text;
  // "Ada's Math has 3 h 30 min this week instead of 3 h 45 min (5 × 45 min)."
  append_course_owner_label(text, m, index);
  text += " has ";
  text.append_duration(total);
  text += " this week instead of ";
  text.append_duration(target);
  text += " (";
  text.append_int(course.sessions_per_week);
  text += " \u00d7 ";
  text.append_duration(course.minutes_per_session);
  text += ").";
  add_course_refs(m, index, d);
  d.message = text.str();
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
