// A child cannot be in two lessons at once (a shared family lesson counts for each child in it).
#include "double_booking.hpp"
#include "rules.hpp"
#include "wasm_inline.hpp"

namespace brightpath::detail {

BRIGHTPATH_WASM_INLINE void check_student_overlap(const Model& m, int index, Out& out) {
  const Student& student = m.plan.students[index / kDaysPerWeek];
  for_each_overlap(m, m.lessons_by_student_day[index], [&](int first, int second, const DaySpan& shared) {
    report_double_booking(m, code::student_overlap, RefKind::student, student.id, student.name, " is in ", first,
                          second, shared, out);
  });
}

}  // namespace brightpath::detail
