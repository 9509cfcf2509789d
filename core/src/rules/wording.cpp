#include "wording.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_set>

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

namespace {

void append_names(MessageText& out, const Model& m, const SmallList& students) {
  append_bounded_list(out, students.size(), kNamedStudents,
                      [&](std::size_t i) { out += m.plan.students[students[i]].name; });
}

}  // namespace

void append_lesson_list(MessageText& out, const Model& m, const int* lessons, std::size_t n) {
  append_bounded_list(out, n, kNamedLessons, [&](std::size_t i) { append_lesson_label(out, m, lessons[i]); });
}

void add_group_refs(const Model& m, const int* lessons, std::size_t n, Diagnostic& d,
                    CourseStudents students) {
  const std::size_t given = d.refs.size();  // what the caller named first (who is booked)
  std::unordered_set<std::uint64_t> seen;
  const auto add = [&](RefKind kind, int index, const std::string& id) {
    if (!seen.insert((static_cast<std::uint64_t>(kind) << 32U) | static_cast<std::uint32_t>(index)).second) return;
    for (std::size_t i = 0; i < given; ++i) {
      if (d.refs[i].kind == kind && d.refs[i].id == id) return;
    }
    d.refs.push_back({kind, id});
  };
  for (std::size_t i = 0; i < n; ++i) {
    const int l = lessons[i];
    const LessonInfo& info = m.lessons[l];
    add(RefKind::lesson, l, m.plan.placements[l].id);
    const bool new_course = info.course >= 0 && !seen.contains(static_cast<std::uint64_t>(RefKind::course) << 32U |
                                                                static_cast<std::uint32_t>(info.course));
    if (new_course) {
      add(RefKind::course, info.course, m.plan.courses[info.course].id);
      if (students == CourseStudents::named) {
        for (const int s : m.courses[info.course].students) add(RefKind::student, s, m.plan.students[s].id);
      }
    }
    if (info.guardian >= 0) add(RefKind::guardian, info.guardian, m.plan.guardians[info.guardian].id);
    // A lesson's resources are its course's (added with the course) and its own.
    if (new_course || info.course < 0 || !m.plan.placements[l].resources.empty()) {
      for (const int r : info.resources) add(RefKind::resource, r, m.plan.resources[r].id);
    }
  }
}

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

void append_course_label(MessageText& out, const Model& m, int course) {
  out += m.plan.courses[course].subject;
  const auto& students = m.courses[course].students;
  if (!students.empty()) {
    out += " for ";
    append_names(out, m, students);
  }
}

void report_lesson(const Model& m, int lesson, std::string_view code, Severity severity, const MessageText& text,
                   Out& out) {
  if (!out.wants(code, severity)) return;
  Diagnostic d = make_diagnostic(code, severity);
  d.span = m.when(lesson);
  add_lesson_refs(m, lesson, d);
  d.message = text.str();
  out.push_back(std::move(d));
}

void add_lesson_refs(const Model& m, int lesson, Diagnostic& d) {
  const LessonInfo& info = m.lessons[lesson];
  // A lesson shared by hundreds of children or needing hundreds of things: add_ref's scan of
  // what is already there would make this quadratic.
  if (m.students_of(lesson).size() + info.resources.size() > 16) {
    add_group_refs(m, &lesson, 1, d);
    return;
  }
  add_ref(d, RefKind::lesson, m.plan.placements[lesson].id);
  if (info.course >= 0) add_ref(d, RefKind::course, m.plan.courses[info.course].id);
  for (const int s : m.students_of(lesson)) add_ref(d, RefKind::student, m.plan.students[s].id);
  if (info.guardian >= 0) add_ref(d, RefKind::guardian, m.plan.guardians[info.guardian].id);
  for (const int r : info.resources) add_ref(d, RefKind::resource, m.plan.resources[r].id);
}

void add_course_refs(const Model& m, int course, Diagnostic& d) {
  add_ref(d, RefKind::course, m.plan.courses[course].id);
  // The model lists each student of a course once: only what was there before can repeat.
  const std::size_t given = d.refs.size();
  for (const int s : m.courses[course].students) {
    const std::string& id = m.plan.students[s].id;
    if (std::none_of(d.refs.begin(), d.refs.begin() + static_cast<std::ptrdiff_t>(given),
                     [&](const Ref& r) { return r.kind == RefKind::student && r.id == id; })) {
      d.refs.push_back({RefKind::student, id});
    }
  }
}

void add_lessons_and_courses(const Model& m, const int* lessons, std::size_t n, Diagnostic& d) {
  std::unordered_set<int> courses;
  for (std::size_t i = 0; i < n; ++i) {
    d.refs.push_back({RefKind::lesson, m.plan.placements[lessons[i]].id});
    const int c = m.lessons[lessons[i]].course;
    if (c >= 0 && courses.insert(c).second) d.refs.push_back({RefKind::course, m.plan.courses[c].id});
  }
}

}  // namespace brightpath::detail
