// How rules name things in messages for parents, and the references they attach, so every
// rule speaks the same way ("Ada's Math", "Monday 09:00–09:45").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "message_text.hpp"
#include "model.hpp"
#include "rules.hpp"

namespace brightpath::detail {

// Each appends its words to a message being built (message_text.hpp), so no label is a
// string of its own.

// "Ada's Math"; "Math (Ada and Ben)" for a shared lesson, naming at most kNamedStudents
// ("Art (Ada, Ben, Cy and 12 more)"); "lesson L7" when its course is unknown.
void append_lesson_label(MessageText& out, const Model& m, int lesson);
// The same naming for a course as a whole: "Ada's Math", "Art (Ada, Ben and Cy)".
void append_course_owner_label(MessageText& out, const Model& m, int course);
// "Ada's Math (Monday 09:00–09:45)"; a shared lesson's label already ends in parentheses,
// so it reads "Art (Ada and Ben) on Monday 09:00–09:45" instead of stacking two of them.
// At the start of `out` the first letter is capitalised ("Lesson L7 (...)").
void append_lesson_at(MessageText& out, const Model& m, int lesson);
// "the Piano" / "The Piano" (capitalised at the start of a sentence); a name that already
// starts with "the " is used as it is.
void append_resource_label(MessageText& out, const Model& m, int resource, bool sentence_start = false);
// "Math for Ada", "Art for Ada and Ben".
void append_course_label(MessageText& out, const Model& m, int course);

// Adds to `out` the diagnostic of a finding about one lesson alone: the lesson's time as its
// span, `text` as its message and the lesson's references (add_lesson_refs).
// Nothing is added once the code's budget is spent (Out::wants).
void report_lesson(const Model& m, int lesson, std::string_view code, Severity severity, const MessageText& text,
                   Out& out);
// Adds a lesson's reference plus its course, students, guardian and resources.
void add_lesson_refs(const Model& m, int lesson, Diagnostic& d);
// add_lesson_refs for each of `n` lessons of a group (lessons that clash, a block without a
// break), each id once, in time linear in what is added: add_ref's duplicate scan would make
// a group of thousands quadratic. A course's students and resources are added with the course,
// its students only with `CourseStudents::named`: a child's clash names that child alone, since
// a sibling in one of the shared lessons is not double-booked by it.
enum class CourseStudents : std::uint8_t { named, left_out };
void add_group_refs(const Model& m, const int* lessons, std::size_t n, Diagnostic& d,
                    CourseStudents students = CourseStudents::named);
// "Ada's Math, Ben's Reading and Cy's Art": lesson labels of a group. Past kNamedLessons the
// first ones and "and 1997 more", so a message stays short whatever the group's size.
void append_lesson_list(MessageText& out, const Model& m, const int* lessons, std::size_t n);
// Each lesson's reference and its course's, each course once (a child's day, a block
// without a break): linear in `n`, where add_ref's scan would be quadratic.
void add_lessons_and_courses(const Model& m, const int* lessons, std::size_t n, Diagnostic& d);
// Adds a course's reference plus its students (for week-level findings about a course).
void add_course_refs(const Model& m, int course, Diagnostic& d);
void add_ref(Diagnostic& d, RefKind kind, const std::string& id);  // skips duplicates

// A diagnostic to fill in, with room for kTypicalRefs references (two lessons, their
// courses, a child and a guardian). Its message is assigned once, when built (MessageText).
inline constexpr std::size_t kTypicalRefs = 6;
Diagnostic make_diagnostic(std::string_view code, Severity severity);

}  // namespace brightpath::detail
