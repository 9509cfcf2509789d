#include "wording.hpp"

#include <algorithm>

namespace brightpath::detail {

Diagnostic make_diagnostic(std::string_view code, Severity severity) {
  Diagnostic d;
  d.code = code;
  d.severity = severity;
  // Sized once for a typical message and its references: growing them step by step from
  // empty reallocated and copied the text four times, most of an edit's cost in WebAssembly.
  d.message.reserve(kTypicalMessageChars);
  d.refs.reserve(kTypicalRefs);
  return d;
}

void add_ref(Diagnostic& d, RefKind kind, const std::string& id) {
  for (const auto& r : d.refs) {
    if (r.kind == kind && r.id == id) return;
  }
  d.refs.push_back({kind, id});
}

namespace {
void append_names(std::string& out, const Model& m, const SmallList& students) {
  for (std::size_t i = 0; i < students.size(); ++i) {
    if (i > 0) out += i + 1 == students.size() ? " and " : ", ";
    out += m.plan.students[students[i]].name;
  }
}
}  // namespace

std::string course_owner_label(const Model& m, int course) {
  const auto& students = m.courses[course].students;
  const std::string& subject = m.plan.courses[course].subject;
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

std::string lesson_label(const Model& m, int lesson) {
  const int c = m.lessons[lesson].course;
  if (c < 0) return "lesson " + m.plan.placements[lesson].id;
  return course_owner_label(m, c);
}

void append_lesson_at(std::string& out, const Model& m, int lesson) {
  const std::string label = lesson_label(m, lesson);
  const bool sentence_start = out.empty();
  out += label;
  if (sentence_start && !out.empty() && out[0] >= 'a' && out[0] <= 'z') {
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  }
  if (!label.empty() && label.back() == ')') {
    out += " on ";
    append_span(out, m.when(lesson));
  } else {
    out += " (";
    append_span(out, m.when(lesson));
    out += ')';
  }
}

std::string resource_label(const Model& m, int resource, bool sentence_start) {
  const std::string& name = m.plan.resources[resource].name;
  const bool has_article = name.size() > 4 && (name[0] == 't' || name[0] == 'T') &&
                           name.compare(1, 3, "he ") == 0;
  std::string out;
  if (!has_article) out = sentence_start ? "The " : "the ";
  out += name;
  if (has_article && sentence_start) out[0] = 'T';
  return out;
}

void append_joined(std::string& out, const std::vector<std::string_view>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
}

void append_day_list(std::string& out, DaySet days) {
  std::vector<std::string_view> names;
  for (int d = 0; d < kDaysPerWeek; ++d) {
    if (has_day(days, d)) names.push_back(day_name(d));
  }
  if (names.empty()) {
    out += "no day";
  } else {
    append_joined(out, names);
  }
}

void append_count(std::string& out, int n, std::string_view singular, std::string_view plural) {
  append_int(out, n);
  out += ' ';
  out += n == 1 ? singular : plural;
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

void add_lesson_refs(const Model& m, int lesson, Diagnostic& d) {
  const LessonInfo& info = m.lessons[lesson];
  add_ref(d, RefKind::lesson, m.plan.placements[lesson].id);
  if (info.course >= 0) add_ref(d, RefKind::course, m.plan.courses[info.course].id);
  for (const int s : m.students_of(lesson)) add_ref(d, RefKind::student, m.plan.students[s].id);
  if (info.guardian >= 0) add_ref(d, RefKind::guardian, m.plan.guardians[info.guardian].id);
  for (const int r : info.resources) add_ref(d, RefKind::resource, m.plan.resources[r].id);
}

void add_course_refs(const Model& m, int course, Diagnostic& d) {
  add_ref(d, RefKind::course, m.plan.courses[course].id);
  for (const int s : m.courses[course].students) add_ref(d, RefKind::student, m.plan.students[s].id);
}

}  // namespace brightpath::detail
