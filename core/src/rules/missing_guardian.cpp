// A teacher-led lesson needs an adult: neither the lesson nor its course names one.
// (A name that does not exist is unknown-reference instead, so it is not reported twice.)
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, Out& out) {
  Diagnostic d = make_diagnostic(code::missing_guardian, Severity::error);
  MessageText text;
  d.span = m.when(index);
  append_lesson_at(text, m, index);
  text += " is teacher-led but has no adult to teach it.";
  add_lesson_refs(m, index, d);
  d.message.assign(text.view());
  out.push_back(std::move(d));
}

}  // namespace

void check_missing_guardian(const Model& m, int index, Out& out) {
  const LessonInfo& info = m.lessons[index];
  if (info.course < 0 || info.guardian != kNone) return;
  if (m.plan.courses[info.course].teaching == Teaching::teacher_led) report(m, index, out);
}

}  // namespace brightpath::detail
