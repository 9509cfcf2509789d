// Information for hour tracking: each child's scheduled minutes per course this week next to
// the course's target, one line per child (a shared lesson counts for every child in it).
#include "message_text.hpp"
#include "rules.hpp"

namespace brightpath::detail {
namespace {

// "4 × 45 min = 3 h" when every session is as long; "4 sessions = 3 h 10 min" otherwise.
void append_tally(MessageText& out, int sessions, int each, int total, bool uniform) {
  out.append_int(sessions);
  if (uniform) {
    out += " \u00d7 ";
    out.append_duration(each);
  } else {
    out += sessions == 1 ? " session" : " sessions";
  }
  out += " = ";
  out.append_duration(total);
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
  MessageText scheduled;
  append_tally(scheduled, static_cast<int>(lessons.size()), each, total, uniform);
  // The part after the subject is the same for every child: format it once.
  MessageText tail;
  tail += ' ';
  tail += scheduled.view();
  tail += " this week (target ";
  // A course on target (most are) states the same tally twice: copy it.
  if (static_cast<int>(lessons.size()) == course.sessions_per_week && uniform &&
      each == course.minutes_per_session) {
    tail += scheduled.view();
  } else {
    append_tally(tail, course.sessions_per_week, course.minutes_per_session,
                 course.sessions_per_week * course.minutes_per_session, true);
  }
  tail += ").";
  for (const int s : m.courses[index].students) {
    if (!out.wants(code::course_minutes, Severity::info)) continue;
    // Built in place in `out`: this rule makes most of a plan's diagnostics.
    Diagnostic& d = out.emplace_back();
    d.code = code::course_minutes;
    d.severity = Severity::info;
    // "Ada: Math 4 × 45 min = 3 h this week (target 5 × 45 min = 3 h 45 min)."
    const Student& student = m.plan.students[s];
    MessageText text;
    text += student.name;
    text += ": ";
    text += course.subject;
    text += tail.view();
    d.message = text.str();
    d.refs.reserve(2);
    d.refs.push_back({RefKind::student, student.id});
    d.refs.push_back({RefKind::course, course.id});
  }
}

}  // namespace brightpath::detail
