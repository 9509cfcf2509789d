// A child gets a break before their maximum minutes without one.
//
// A break is a gap of at least kBreakMinutes between lessons; shorter gaps (walking to the
// piano) do not count. The day's lessons are grouped into blocks with no break inside, and
// each block longer than the maximum (clock time from its first start to its last end,
// short gaps included) gets one warning spanning the block.
#include <algorithm>

#include "rules.hpp"
#include "warning_kernels.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, const SmallList& lessons, std::size_t first,
                              std::size_t last, TimeSpan block, int max, Out& out) {
  if (!out.wants(code::no_break, Severity::warning)) return;
  const Student& student = m.plan.students[index / kDaysPerWeek];
  Diagnostic d = make_diagnostic(code::no_break, Severity::warning);
  MessageText text;
  d.span = DaySpan{index % kDaysPerWeek, block};
  // "Ada has 2 h 30 min of lessons without a break, Monday 09:00–11:30; the most is 2 h."
  text += student.name;
  text += " has ";
  text.append_duration(block.minutes());
  text += " of lessons without a break, ";
  append_span(text, *d.span);
  text += "; the most without a break is ";
  text.append_duration(max);
  text += '.';
  add_ref(d, RefKind::student, student.id);
  add_lessons_and_courses(m, lessons.begin() + first, last - first + 1, d);
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace

void check_no_break(const Model& m, int index, Out& out) {
  const Student& student = m.plan.students[index / kDaysPerWeek];
  if (!student.max_minutes_without_break) return;
  const int max = *student.max_minutes_without_break;
  const auto& lessons = m.lessons_by_student_day[index];
  // Read through locals: with report() called in the loop the compiler would otherwise load
  // the list's and the plan's storage again for every lesson.
  const int* const ids = lessons.begin();
  const Placement* const placements = m.plan.placements.data();
  // The list is sorted by start, as the kernel needs.
  for_each_block_without_break(
      lessons.size(), max, [&](std::size_t i) { return placements[ids[i]].when().time; },
      [&](std::size_t first, std::size_t last, TimeSpan block) { report(m, index, lessons, first, last, block, max, out); });
}

}  // namespace brightpath::detail
