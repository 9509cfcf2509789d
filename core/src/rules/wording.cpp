#include "wording.hpp"

#include <bit>

namespace brightpath::detail {

Diagnostic make_diagnostic(std::string_view code, Severity severity) {
  Diagnostic d;
  d.code = code;
  d.severity = severity;
  // Sized once for a typical diagnostic's references: growing them step by step from empty
  // would reallocate and copy them as they are added. (The message needs no room: it is
  // assigned once, at its size.)
  d.refs.reserve(kTypicalRefs);
  return d;
}

void add_ref(Diagnostic& d, RefKind kind, const std::string& id) {
  for (const auto& r : d.refs) {
    if (r.kind == kind && r.id == id) return;
  }
  d.refs.push_back({kind, id});
}

void append_list_separator(MessageText& out, std::size_t i, std::size_t n) {
  if (i > 0) out += i + 1 == n ? " and " : ", ";
}

namespace {
void append_names(MessageText& out, const Model& m, const SmallList& students) {
  for (std::size_t i = 0; i < students.size(); ++i) {
    append_list_separator(out, i, students.size());
    out += m.plan.students[students[i]].name;
  }
}
}  // namespace

void append_course_owner_label(MessageText& out, const Model& m, int course) {
  const auto& students = m.courses[course].students;
  const std::string& subject = m.plan.courses[course].subject;
  if (students.size() == 1) {
    out += m.plan.students[students[0]].name;
    out += "'s ";
    out += subject;
  } else {
    out += subject;
    if (!students.empty()) {
      out += " (";
      append_names(out, m, students);
      out += ')';
    }
  }
}

void append_lesson_label(MessageText& out, const Model& m, int lesson) {
  const int c = m.lessons[lesson].course;
  if (c < 0) {
    out += "lesson ";
    out += m.plan.placements[lesson].id;
  } else {
    append_course_owner_label(out, m, c);
  }
}

void append_lesson_at(MessageText& out, const Model& m, int lesson) {
  const std::size_t start = out.size();
  append_lesson_label(out, m, lesson);
  if (start == 0) out.capitalize_at(0);
  if (out.size() > start && out.view().back() == ')') {
    out += " on ";
    append_span(out, m.when(lesson));
  } else {
    out += " (";
    append_span(out, m.when(lesson));
    out += ')';
  }
}

void append_resource_label(MessageText& out, const Model& m, int resource, bool sentence_start) {
  const std::string& name = m.plan.resources[resource].name;
  const bool has_article = name.size() > 4 && (name[0] == 't' || name[0] == 'T') &&
                           name.compare(1, 3, "he ") == 0;
  const std::size_t start = out.size();
  if (!has_article) out += "the ";
  out += name;
  if (sentence_start) out.capitalize_at(start);
}

void append_day_list(MessageText& out, DaySet days) {
  const auto n = static_cast<std::size_t>(std::popcount(static_cast<unsigned>(days & kAllDays)));
  if (n == 0) {
    out += "no day";
    return;
  }
  std::size_t i = 0;
  for (int d = 0; d < kDaysPerWeek; ++d) {
    if (!has_day(days, d)) continue;
    append_list_separator(out, i++, n);
    out += day_name(d);
  }
}

void append_count(MessageText& out, int n, std::string_view singular, std::string_view plural) {
  out.append_int(n);
  out += ' ';
  out += n == 1 ? singular : plural;
}

void append_course_label(MessageText& out, const Model& m, int course) {
  out += m.plan.courses[course].subject;
  const auto& students = m.courses[course].students;
  if (!students.empty()) {
    out += " for ";
    append_names(out, m, students);
  }
}

void append_time_range(MessageText& out, const TimeSpan& time) {
  out.append_clock(time.start);
  out += "\u2013";
  out.append_clock(time.end);
}

void append_span(MessageText& out, const DaySpan& span) {
  out += day_name(span.day);
  out += ' ';
  append_time_range(out, span.time);
}

void report_lesson(const Model& m, int lesson, std::string_view code, Severity severity, const MessageText& text,
                   std::vector<Diagnostic>& out) {
  Diagnostic d = make_diagnostic(code, severity);
  d.span = m.when(lesson);
  add_lesson_refs(m, lesson, d);
  d.message = text.str();
  out.push_back(std::move(d));
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
