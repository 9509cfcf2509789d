// Information for hour tracking: each child's scheduled minutes per course this week next to
// the course's target, one line per child (a shared lesson counts for every child in it).
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// "4 × 45 min = 3 h" when every session is as long; "4 sessions = 3 h 10 min" otherwise.
void append_tally(std::string& out, int sessions, int each, int total, bool uniform) {
  if (uniform) {
    append_int(out, sessions);
    out += " \u00d7 ";
    append_duration(out, each);
  } else {
    append_count(out, sessions, "session", "sessions");
  }
  out += " = ";
  append_duration(out, total);
}

}  // namespace

void check_course_minutes(const Model& m, int index, Out& out) {
  const Course& course = m.plan.courses[index];
  const auto& lessons = m.lessons_by_course[index];
  int total = 0;
  bool uniform = true;
  const int each = lessons.empty() ? course.minutes_per_session : m.placement(lessons[0]).duration;
  for (const int l : lessons) {
    const int minutes = m.placement(l).duration;
    total += minutes;
    uniform = uniform && minutes == each;
  }
  // The course's part of the line is the same for every child; build it once.
  std::string tail;
  tail.reserve(course.subject.size() + 80);  // the whole line in one allocation
  tail = course.subject;
  tail += ' ';
  append_tally(tail, static_cast<int>(lessons.size()), each, total, uniform);
  tail += " this week (target ";
  append_tally(tail, course.sessions_per_week, course.minutes_per_session,
               course.sessions_per_week * course.minutes_per_session, true);
  tail += ").";
  for (const int s : m.courses[index].students) {
    Diagnostic d = make_diagnostic(code::course_minutes, Severity::info);
    // "Ada: Math 4 × 45 min = 3 h this week (target 5 × 45 min = 3 h 45 min)."
    const std::string& name = m.plan.students[s].name;
    d.message.reserve(name.size() + 2 + tail.size());  // one allocation: this rule runs a lot
    d.message = name;
    d.message += ": ";
    d.message += tail;
    d.refs.reserve(2);
    d.refs.push_back({RefKind::student, m.plan.students[s].id});
    d.refs.push_back({RefKind::course, course.id});
    out.push_back(std::move(d));
  }
}

}  // namespace brightpath::detail
