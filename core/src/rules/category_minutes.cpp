// Information for proof to officials: each child's weekly minutes per category (core,
// elective), scheduled against target, for every category the child has a course in.
#include "message_text.hpp"
#include "rules.hpp"

namespace brightpath::detail {

void check_category_minutes(const Model& m, int index, Out& out) {
  struct Tally {
    bool any = false;
    int scheduled = 0;
    int target = 0;
  };
  Tally tallies[2];  // indexed by Category
  for (const int c : m.courses_by_student[index]) {
    const Course& course = m.plan.courses[c];
    Tally& t = tallies[course.category == Category::core ? 0 : 1];
    t.any = true;
    t.target += course.sessions_per_week * course.minutes_per_session;
    for (const int l : m.lessons_by_course[c]) t.scheduled += m.placement(l).duration;
  }
  const Student& student = m.plan.students[index];
  for (int k = 0; k < 2; ++k) {
    if (!tallies[k].any || !out.wants(code::category_minutes, Severity::info)) continue;
    // Built in place in `out`, with one allocation each for the message and the reference.
    Diagnostic& d = out.emplace_back();
    d.code = code::category_minutes;
    d.severity = Severity::info;
    // "Ada: core subjects 12 h 30 min this week (target 13 h)."
    MessageText text;
    text += student.name;
    text += k == 0 ? ": core subjects " : ": electives ";
    text.append_duration(tallies[k].scheduled);
    text += " this week (target ";
    text.append_duration(tallies[k].target);
    text += ").";
    d.message = text.str();
    d.refs.push_back({RefKind::student, student.id});
  }
}

}  // namespace brightpath::detail
