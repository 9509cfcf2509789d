// Information for proof to officials: each child's weekly minutes per category (core,
// elective), scheduled against target, for every category the child has a course in.
#include "rules.hpp"
#include "wording.hpp"

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
    if (!tallies[k].any) continue;
    Diagnostic d = make_diagnostic(code::category_minutes, Severity::info);
    // "Ada: core subjects 12 h 30 min this week (target 13 h)."
    d.message = student.name;
    d.message += k == 0 ? ": core subjects " : ": electives ";
    append_duration(d.message, tallies[k].scheduled);
    d.message += " this week (target ";
    append_duration(d.message, tallies[k].target);
    d.message += ").";
    add_ref(d, RefKind::student, student.id);
    out.push_back(std::move(d));
  }
}

}  // namespace brightpath::detail
