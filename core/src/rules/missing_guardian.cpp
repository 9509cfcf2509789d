// A teacher-led lesson needs an adult: neither the lesson nor its course names one.
// (A name that does not exist is unknown-reference instead, so it is not reported twice.)
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, Out& out) {
  MessageText text;
  append_lesson_at(text, m, index);
  text += " is teacher-led but has no adult to teach it.";
  report_lesson(m, index, code::missing_guardian, Severity::error, text, out);
}

}  // namespace

void check_missing_guardian(const Model& m, int index, Out& out) {
  const LessonInfo& info = m.lessons[index];
  if (info.course < 0 || info.guardian != kNone) return;
  if (m.plan.courses[info.course].teaching == Teaching::teacher_led) report(m, index, out);
}

}  // namespace brightpath::detail
