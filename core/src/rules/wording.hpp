// How rules name things in messages for parents, and the references they attach, so every
// rule speaks the same way ("Ada's Math", "Monday 09:00–09:45").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "model.hpp"

namespace brightpath::detail {

// "Ada's Math"; "Math (Ada and Ben)" for a shared lesson; "lesson L7" when its course is unknown.
std::string lesson_label(const Model& m, int lesson);
// The same naming for a course as a whole: "Ada's Math", "Art (Ada, Ben and Cy)".
std::string course_owner_label(const Model& m, int course);
// "Ada's Math (Monday 09:00–09:45)"; a shared lesson's label already ends in parentheses,
// so it reads "Art (Ada and Ben) on Monday 09:00–09:45" instead of stacking two of them.
// At the start of `out` the first letter is capitalised ("Lesson L7 (...)").
void append_lesson_at(std::string& out, const Model& m, int lesson);
// "the Piano" / "The Piano" (capitalised at the start of a sentence); a name that already
// starts with "the " is used as it is.
std::string resource_label(const Model& m, int resource, bool sentence_start = false);
// "Ada", "Ada and Ben", "Ada, Ben and Cy".
void append_joined(std::string& out, const std::vector<std::string_view>& items);
// "Monday, Wednesday and Friday"; "no day" for an empty set.
void append_day_list(std::string& out, DaySet days);
// "1 session", "3 sessions".
void append_count(std::string& out, int n, std::string_view singular, std::string_view plural);
// "Math for Ada", "Art for Ada and Ben".
std::string course_label(const Model& m, int course);
// "Monday 09:00–09:45"
void append_span(std::string& out, const DaySpan& span);
// "09:00–09:45"
void append_time_range(std::string& out, const TimeSpan& time);

// Adds a lesson's reference plus its course, students, guardian and resources.
void add_lesson_refs(const Model& m, int lesson, Diagnostic& d);
// Adds a course's reference plus its students (for week-level findings about a course).
void add_course_refs(const Model& m, int course, Diagnostic& d);
void add_ref(Diagnostic& d, RefKind kind, const std::string& id);  // skips duplicates

// A diagnostic to fill in, with room for about kTypicalMessageChars of message and
// kTypicalRefs references (two lessons, their courses, a child and a guardian). Rules
// append to its message (+=) rather than assign one, which would drop that room.
inline constexpr std::size_t kTypicalMessageChars = 160;
inline constexpr std::size_t kTypicalRefs = 6;
Diagnostic make_diagnostic(std::string_view code, Severity severity);

}  // namespace brightpath::detail
