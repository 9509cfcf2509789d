// Each course has as many sessions in the week as it asks for. Too few means a subject
// falls behind; too many usually means a lesson was copied by mistake.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {

namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, int count, int target, Out& out) {
  if (!out.wants(code::sessions_off_target, Severity::warning)) return;
  Diagnostic d = make_diagnostic(code::sessions_off_target, Severity::warning);
  MessageText text;
  append_course_owner_label(text, m, index);
  text += " has ";
  if (count < target) {
    // "Ada's Math has 3 of 5 sessions this week."
    text.append_int(count);
    text += " of ";
    append_count(text, target, "session", "sessions");
    text += " this week.";
  } else {
    // "Ada's Math has 6 sessions, 1 more than the 5 it asks for."
    append_count(text, count, "session", "sessions");
    text += ", ";
    text.append_int(count - target);
    text += " more than the ";
    text.append_int(target);
    text += " it asks for.";
  }
  add_course_refs(m, index, d);
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace

void check_sessions_off_target(const Model& m, int index, Out& out) {
  const int target = m.plan.courses[index].sessions_per_week;
  const int count = static_cast<int>(m.lessons_by_course[index].size());
  if (count != target) report(m, index, count, target, out);
}

}  // namespace brightpath::detail
