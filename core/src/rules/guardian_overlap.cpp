// A parent cannot teach two lessons at once: the one-parent-several-children problem.
// A shared family lesson is one lesson, so it never overlaps itself.
#include "double_booking.hpp"
#include "rules.hpp"

namespace brightpath::detail {

void check_guardian_overlap(const Model& m, int index, Out& out) {
  const Guardian& guardian = m.plan.guardians[index / kDaysPerWeek];
  const auto& lessons = m.lessons_by_guardian_day[index];
  for_each_overlap_group(m, lessons, [&](std::size_t first, std::size_t last, TimeSpan shared) {
    report_double_booking(m, code::guardian_overlap, RefKind::guardian, guardian.id, guardian.name,
                          " is teaching ", lessons, first, last, DaySpan{index % kDaysPerWeek, shared}, out);
  });
}

}  // namespace brightpath::detail
