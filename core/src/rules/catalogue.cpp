// The one place that lists every rule: hard before soft before information.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <utility>

#include "catalogue.hpp"
#include "rules.hpp"

namespace brightpath::detail {
namespace {

// Hard rules first, then soft, then information; the order of kRuleCodes and docs/rules.md.
constexpr Rule kRules[] = {
    {code::unknown_reference, Scope::plan, check_unknown_reference_in_plan,
     "Every student, guardian, resource and course a plan names must exist."},
    {code::unknown_reference, Scope::lesson, check_unknown_reference_in_lesson,
     "Every student, guardian, resource and course a plan names must exist."},
    {code::student_overlap, Scope::student_day, check_student_overlap,
     "A child cannot be in two lessons at once."},
    {code::guardian_overlap, Scope::guardian_day, check_guardian_overlap,
     "A parent cannot teach two lessons at once."},
    {code::resource_over_capacity, Scope::resource_day, check_resource_over_capacity,
     "A shared thing (the piano, the one computer) serves at most its capacity at once."},
    {code::non_school_day, Scope::lesson, check_non_school_day,
     "Lessons happen on school days."},
    {code::day_not_allowed, Scope::lesson, check_day_not_allowed,
     "Lessons happen only on the days their course allows."},
    {code::outside_student_day, Scope::lesson, check_outside_student_day,
     "Lessons fit inside each child's school day."},
    {code::outside_availability, Scope::lesson, check_outside_availability,
     "A teacher-led lesson falls inside its guardian's availability."},
    {code::commitment_clash, Scope::lesson, check_commitment_clash,
     "Lessons do not clash with fixed commitments (co-op, outside lessons)."},
    {code::missing_guardian, Scope::lesson, check_missing_guardian,
     "A teacher-led lesson needs an adult to teach it."},
    {code::wrong_guardian, Scope::lesson, check_wrong_guardian,
     "A course taught by a named adult is taught by that adult."},
    {code::sessions_off_target, Scope::course_totals, check_sessions_off_target,
     "Each course has as many sessions in the week as it asks for."},
    {code::minutes_off_target, Scope::course_totals, check_minutes_off_target,
     "Each course gets the weekly minutes it asks for."},
    {code::sessions_too_close, Scope::course, check_sessions_too_close,
     "Sessions of a course are spread at least its minimum days apart."},
    {code::outside_preferred_window, Scope::lesson, check_outside_preferred_window,
     "Lessons sit in their course's preferred time of day."},
    {code::over_daily_maximum, Scope::student_day, check_over_daily_maximum,
     "A child's day stays within their maximum lesson minutes."},
    {code::no_break, Scope::student_day, check_no_break,
     "A child gets a break before their maximum minutes without one."},
    {code::off_grid, Scope::lesson, check_off_grid,
     "Lessons start and end on the week's time grid."},
    {code::course_minutes, Scope::course_totals, check_course_minutes,
     "Each child's weekly minutes per course."},
    {code::category_minutes, Scope::student_week, check_category_minutes,
     "Each child's weekly minutes per category (core, elective)."},
};

// Every code of kRuleCodes has its rules here, in the table's order, and nothing else does.
constexpr bool follows_rule_codes() {
  std::size_t at = 0;
  for (const Rule& rule : kRules) {
    while (at < std::size(kRuleCodes) && kRuleCodes[at].code != rule.code) ++at;
    if (at == std::size(kRuleCodes)) return false;
  }
  for (const RuleCode& c : kRuleCodes) {
    if (std::none_of(std::begin(kRules), std::end(kRules), [&](const Rule& r) { return r.code == c.code; })) {
      return false;
    }
  }
  return true;
}
static_assert(follows_rule_codes());

// Runs the rules of scope kind K, in catalogue order, as direct calls: the table is a
// constant, so each call's target is known when compiling. Through the table's pointers
// they were indirect calls, which WebAssembly checks (table bounds and signature) on
// every call, and an edit makes dozens of them.
template <Scope K, std::size_t... I>
void check_kind(const Model& m, int index, Out& out, std::index_sequence<I...> /*rules*/) {
  const auto run = [&]<std::size_t R>(std::integral_constant<std::size_t, R>) {
    if constexpr (kRules[R].scope == K) {
      constexpr CheckFn check = kRules[R].check;
      check(m, index, out);
    }
  };
  (run(std::integral_constant<std::size_t, I>()), ...);
}

template <Scope K>
void check_kind(const Model& m, int index, Out& out) {
  check_kind<K>(m, index, out, std::make_index_sequence<std::size(kRules)>());
}

}  // namespace

std::span<const Rule> catalogue_rules() { return kRules; }

void check_scope(const Model& m, Scope scope, int index, Out& out) {
  switch (scope) {
    case Scope::plan: check_kind<Scope::plan>(m, index, out); break;
    case Scope::lesson: check_kind<Scope::lesson>(m, index, out); break;
    case Scope::student_day: check_kind<Scope::student_day>(m, index, out); break;
    case Scope::guardian_day: check_kind<Scope::guardian_day>(m, index, out); break;
    case Scope::resource_day: check_kind<Scope::resource_day>(m, index, out); break;
    case Scope::course: check_kind<Scope::course>(m, index, out); break;
    case Scope::course_totals: check_kind<Scope::course_totals>(m, index, out); break;
    case Scope::student_week: check_kind<Scope::student_week>(m, index, out); break;
  }
}

int scope_count(const Model& m, Scope scope) {
  const auto n = [](const auto& v) { return static_cast<int>(v.size()); };
  switch (scope) {
    case Scope::plan: return 1;
    case Scope::lesson: return n(m.lessons);
    case Scope::student_day: return n(m.plan.students) * kDaysPerWeek;
    case Scope::guardian_day: return n(m.plan.guardians) * kDaysPerWeek;
    case Scope::resource_day: return n(m.plan.resources) * kDaysPerWeek;
    case Scope::course: return n(m.plan.courses);
    case Scope::course_totals: return n(m.plan.courses);
    case Scope::student_week: return n(m.plan.students);
  }
  return 0;
}

}  // namespace brightpath::detail
