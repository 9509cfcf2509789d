// How rules name things in messages for parents, and the references they attach, so every
// rule speaks the same way ("Ada's Math", "Monday 09:00–09:45").
#pragma once

#include <string>
#include <string_view>

#include "brightpath/diagnostic.hpp"
#include "model.hpp"

namespace brightpath::detail {

// "Ada's Math"; "Math (Ada, Ben)" for a shared lesson; "lesson L7" when its course is unknown.
std::string lesson_label(const Model& m, int lesson);
// "Math for Ada", "Art for Ada and Ben".
std::string course_label(const Model& m, int course);
// "Monday 09:00–09:45"
std::string span_text(const DaySpan& span);
void append_span(std::string& out, const DaySpan& span);
// "09:00–09:45"
void append_time_range(std::string& out, const TimeSpan& time);

// Adds a lesson's reference plus its course, students, guardian and resources.
void add_lesson_refs(const Model& m, int lesson, Diagnostic& d);
void add_ref(Diagnostic& d, RefKind kind, const std::string& id);  // skips duplicates

Diagnostic make_diagnostic(std::string_view code, Severity severity);

}  // namespace brightpath::detail
