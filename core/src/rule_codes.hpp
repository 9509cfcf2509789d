// Every diagnostic code with its severity: the one table of codes, below the rules that
// report them, so the decoder (which accepts only warning codes as solver weights) and the
// hosts read it without depending on validation.
#pragma once

#include <string_view>

#include "brightpath/diagnostic.hpp"

namespace brightpath::detail {

// Stable codes (never renamed; hosts and saved reports compare them).
namespace code {
inline constexpr std::string_view unknown_reference = "unknown-reference";
inline constexpr std::string_view student_overlap = "student-overlap";
inline constexpr std::string_view guardian_overlap = "guardian-overlap";
inline constexpr std::string_view resource_over_capacity = "resource-over-capacity";
inline constexpr std::string_view non_school_day = "non-school-day";
inline constexpr std::string_view day_not_allowed = "day-not-allowed";
inline constexpr std::string_view outside_student_day = "outside-student-day";
inline constexpr std::string_view outside_availability = "outside-availability";
inline constexpr std::string_view commitment_clash = "commitment-clash";
inline constexpr std::string_view missing_guardian = "missing-guardian";
inline constexpr std::string_view wrong_guardian = "wrong-guardian";
inline constexpr std::string_view sessions_off_target = "sessions-off-target";
inline constexpr std::string_view minutes_off_target = "minutes-off-target";
inline constexpr std::string_view sessions_too_close = "sessions-too-close";
inline constexpr std::string_view outside_preferred_window = "outside-preferred-window";
inline constexpr std::string_view over_daily_maximum = "over-daily-maximum";
inline constexpr std::string_view no_break = "no-break";
inline constexpr std::string_view off_grid = "off-grid";
inline constexpr std::string_view course_minutes = "course-minutes";
inline constexpr std::string_view category_minutes = "category-minutes";
}  // namespace code

struct RuleCode {
  std::string_view code;
  Severity severity;
};

// Hard before soft before information: the order of the catalogue and of docs/rules.md.
inline constexpr RuleCode kRuleCodes[] = {
    {code::unknown_reference, Severity::error},
    {code::student_overlap, Severity::error},
    {code::guardian_overlap, Severity::error},
    {code::resource_over_capacity, Severity::error},
    {code::non_school_day, Severity::error},
    {code::day_not_allowed, Severity::error},
    {code::outside_student_day, Severity::error},
    {code::outside_availability, Severity::error},
    {code::commitment_clash, Severity::error},
    {code::missing_guardian, Severity::error},
    {code::wrong_guardian, Severity::error},
    {code::sessions_off_target, Severity::warning},
    {code::minutes_off_target, Severity::warning},
    {code::sessions_too_close, Severity::warning},
    {code::outside_preferred_window, Severity::warning},
    {code::over_daily_maximum, Severity::warning},
    {code::no_break, Severity::warning},
    {code::off_grid, Severity::warning},
    {code::course_minutes, Severity::info},
    {code::category_minutes, Severity::info},
};

// The severity of a code of the table (error for one that is not: never asked in practice).
constexpr Severity severity_of(std::string_view c) {
  for (const RuleCode& r : kRuleCodes) {
    if (r.code == c) return r.severity;
  }
  return Severity::error;
}

}  // namespace brightpath::detail
