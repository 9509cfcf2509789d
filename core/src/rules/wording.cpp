#include "wording.hpp"

#include <algorithm>

namespace brightpath::detail {

Diagnostic make_diagnostic(std::string_view code, Severity severity) {
  Diagnostic d;
  d.code = code;
  d.severity = severity;
  return d;
}

void add_ref(Diagnostic& d, RefKind kind, const std::string& id) {
  for (const auto& r : d.refs) {
    if (r.kind == kind && r.id == id) return;
  }
  d.refs.push_back({kind, id});
}

namespace {
void append_names(std::string& out, const Model& m, const std::vector<int>& students) {
  for (std::size_t i = 0; i < students.size(); ++i) {
    if (i > 0) out += i + 1 == students.size() ? " and " : ", ";
    out += m.plan.students[students[i]].name;
  }
}
}  // namespace

std::string lesson_label(const Model& m, int lesson) {
  const int c = m.lessons[lesson].course;
  if (c < 0) return "lesson " + m.plan.placements[lesson].id;
  const auto& students = m.courses[c].students;
  const std::string& subject = m.plan.courses[c].subject;
  std::string out;
  if (students.size() == 1) {
    out = m.plan.students[students[0]].name;
    out += "'s ";
    out += subject;
  } else {
    out = subject;
    if (!students.empty()) {
      out += " (";
      append_names(out, m, students);
      out += ')';
    }
  }
  return out;
}

std::string course_label(const Model& m, int course) {
  std::string out = m.plan.courses[course].subject;
  const auto& students = m.courses[course].students;
  if (!students.empty()) {
    out += " for ";
    append_names(out, m, students);
  }
  return out;
}

void append_time_range(std::string& out, const TimeSpan& time) {
  append_clock(out, time.start);
  out += "\u2013";
  append_clock(out, time.end);
}

void append_span(std::string& out, const DaySpan& span) {
  out += day_name(span.day);
  out += ' ';
  append_time_range(out, span.time);
}

std::string span_text(const DaySpan& span) {
  std::string out;
  append_span(out, span);
  return out;
}

void add_lesson_refs(const Model& m, int lesson, Diagnostic& d) {
  const LessonInfo& info = m.lessons[lesson];
  add_ref(d, RefKind::lesson, m.plan.placements[lesson].id);
  if (info.course >= 0) add_ref(d, RefKind::course, m.plan.courses[info.course].id);
  for (const int s : m.students_of(lesson)) add_ref(d, RefKind::student, m.plan.students[s].id);
  if (info.guardian >= 0) add_ref(d, RefKind::guardian, m.plan.guardians[info.guardian].id);
  for (const int r : info.resources) add_ref(d, RefKind::resource, m.plan.resources[r].id);
}

}  // namespace brightpath::detail
