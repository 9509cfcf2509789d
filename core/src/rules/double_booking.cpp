#include "double_booking.hpp"

#include "wording.hpp"

namespace brightpath::detail {

void report_double_booking(const Model& m, std::string_view code, RefKind kind, const std::string& id,
                           std::string_view name, std::string_view doing, int first, int second,
                           const DaySpan& shared, Out& out) {
  Diagnostic d = make_diagnostic(code, Severity::error);
  MessageText text;
  d.span = shared;
  text += name;
  text += doing;
  append_lesson_label(text, m, first);
  text += " and ";
  append_lesson_label(text, m, second);
  text += " at the same time, ";
  append_span(text, shared);
  text += '.';
  add_ref(d, kind, id);
  add_lesson_refs(m, first, d);
  add_lesson_refs(m, second, d);
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace brightpath::detail
