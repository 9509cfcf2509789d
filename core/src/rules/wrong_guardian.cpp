// A course taught by a named adult is taught by that adult: a lesson handed to someone else
// breaks the course's promise (e.g. Dad teaches Latin). A lesson naming a guardian who does
// not exist is unknown-reference instead.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, int named, Out& out) {
  if (!out.wants(code::wrong_guardian, Severity::error)) return;
  const LessonInfo& info = m.lessons[index];
  Diagnostic d = make_diagnostic(code::wrong_guardian, Severity::error);
  MessageText text;
  d.span = m.when(index);
  append_lesson_at(text, m, index);
  text += " is taught by ";
  text += m.plan.guardians[info.guardian].name;
  text += ", but ";
  text += m.plan.courses[info.course].subject;
  text += " is taught by ";
  text += m.plan.guardians[named].name;
  text += '.';
  add_lesson_refs(m, index, d);
  add_ref(d, RefKind::guardian, m.plan.guardians[named].id);
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace

void check_wrong_guardian(const Model& m, int index, Out& out) {
  const LessonInfo& info = m.lessons[index];
  if (info.course < 0 || m.plan.courses[info.course].teaching != Teaching::teacher_led) return;
  const int named = m.courses[info.course].guardian;
  if (named >= 0 && info.guardian >= 0 && info.guardian != named) report(m, index, named, out);
}

}  // namespace brightpath::detail
