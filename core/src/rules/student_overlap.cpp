// A child cannot be in two lessons at once (a shared family lesson counts for each child in it).
#include "double_booking.hpp"
#include "rules.hpp"

namespace brightpath::detail {

void check_student_overlap(const Model& m, int index, Out& out) {
  const Student& student = m.plan.students[index / kDaysPerWeek];
  const auto& lessons = m.lessons_by_student_day[index];
  for_each_overlap_group(m, lessons, [&](std::size_t first, std::size_t last, TimeSpan shared) {
    report_double_booking(m, code::student_overlap, RefKind::student, student.id, student.name, " is in ", lessons,
                          first, last, DaySpan{index % kDaysPerWeek, shared}, out);
  });
}

}  // namespace brightpath::detail
