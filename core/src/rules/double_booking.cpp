#include "double_booking.hpp"

#include "wording.hpp"

namespace brightpath::detail {

void report_double_booking(const Model& m, std::string_view code, RefKind kind, const std::string& id,
                           std::string_view name, std::string_view doing, const SmallList& lessons,
                           std::size_t first, std::size_t last, const DaySpan& shared, Out& out) {
  if (!out.wants(code, Severity::error)) return;
  const int* const group = lessons.begin() + first;
  const std::size_t n = last - first + 1;
  Diagnostic d = make_diagnostic(code, Severity::error);
  MessageText text;
  d.span = shared;
  text += name;
  text += doing;
  if (n == 2) {
    append_lesson_label(text, m, group[0]);
    text += " and ";
    append_lesson_label(text, m, group[1]);
    text += " at the same time, ";
    append_span(text, shared);
  } else {
    text.append_int(static_cast<int>(n));
    text += " overlapping lessons, ";
    append_span(text, shared);
    text += ": ";
    append_lesson_list(text, m, group, n);
  }
  text += '.';
  add_ref(d, kind, id);
  // A child's clash is that child's alone; an adult's involves every child taught.
  add_group_refs(m, group, n, d, kind == RefKind::student ? CourseStudents::left_out : CourseStudents::named);
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace brightpath::detail
