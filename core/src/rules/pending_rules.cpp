// TEMPORARY: rules not written yet. Each is removed from here as its file lands.
#include "rules.hpp"

namespace brightpath::detail {
void check_unknown_reference_in_plan(const Model&, int, Out&) {}
void check_unknown_reference_in_lesson(const Model&, int, Out&) {}
void check_guardian_overlap(const Model&, int, Out&) {}
void check_resource_over_capacity(const Model&, int, Out&) {}
void check_day_not_allowed(const Model&, int, Out&) {}
void check_outside_student_day(const Model&, int, Out&) {}
void check_outside_availability(const Model&, int, Out&) {}
void check_commitment_clash(const Model&, int, Out&) {}
void check_missing_guardian(const Model&, int, Out&) {}
void check_wrong_guardian(const Model&, int, Out&) {}
void check_sessions_off_target(const Model&, int, Out&) {}
void check_minutes_off_target(const Model&, int, Out&) {}
void check_sessions_too_close(const Model&, int, Out&) {}
void check_outside_preferred_window(const Model&, int, Out&) {}
void check_over_daily_maximum(const Model&, int, Out&) {}
void check_no_break(const Model&, int, Out&) {}
void check_off_grid(const Model&, int, Out&) {}
void check_course_minutes(const Model&, int, Out&) {}
void check_category_minutes(const Model&, int, Out&) {}
}  // namespace brightpath::detail
