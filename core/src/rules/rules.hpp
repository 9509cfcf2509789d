// Every validation rule, one function each, and the catalogue that lists them.
//
// A rule checks one *scope*: a single lesson, one student's day, one guardian's day, one
// resource's day, one course's week, one student's week, or the plan's fixed structure.
// Scopes are what make incremental validation exact: an edit re-runs the rules of exactly
// the scopes it touches (see session.cpp), and full validation runs every scope.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "diagnostic_budget.hpp"
#include "model.hpp"
#include "rule_codes.hpp"

namespace brightpath::detail {

enum class Scope : std::uint8_t {
  plan,          // index 0 only: courses and commitments (unchanged by lesson edits)
  lesson,        // index = lesson
  student_day,   // index = student * 7 + day
  guardian_day,  // index = guardian * 7 + day
  resource_day,  // index = resource * 7 + day
  course,        // index = course: which days its sessions fall on
  course_totals, // index = course: how many sessions and minutes it has (unchanged by moves)
  student_week,  // index = student: their courses (courses_by_student) and those lessons
};
inline constexpr int kScopeKinds = 8;

// Where rules put what they find. A session keeps everything (it must diff exactly); full
// validation gives each code a budget (see DiagnosticBudget), and a rule asks `wants` before
// it builds a diagnostic, so a plan with 50,000 findings of one kind costs counting them,
// not building 50,000 messages and reference lists that nobody is shown.
class Out {
 public:
  explicit Out(std::vector<Diagnostic>& into, DiagnosticBudget* budget = nullptr)
      : into_(&into), budget_(budget) {}
  // True when a diagnostic of `code` is to be built and pushed; false when its budget is
  // spent, and the finding has been counted instead. Call once per diagnostic.
  [[nodiscard]] bool wants(std::string_view code, Severity severity) {
    return budget_ == nullptr || budget_->take(code, severity);
  }
  void push_back(Diagnostic&& d) { into_->push_back(std::move(d)); }
  Diagnostic& emplace_back() { return into_->emplace_back(); }

 private:
  std::vector<Diagnostic>* into_;
  DiagnosticBudget* budget_;
};
using CheckFn = void (*)(const Model&, int index, Out&);

// Calls `report(first, last, span)` for every group of lessons in `lessons` (sorted by
// start) that overlap one another, directly or through a chain (09:00–10:00, 09:30–10:30,
// 10:15–11:00 is one group): positions [first, last] of the list, and the span from the
// first to the last minute that two of them share. One call per group, not per pair, so a
// crowded hour is one finding and the work is linear in the number of lessons.
template <class Report>
void for_each_overlap_group(const Model& m, const SmallList& lessons, Report&& report) {
  std::size_t first = 0;
  int group_end = 0;               // latest end of the group so far
  bool shares = false;             // whether two lessons of the group overlap yet
  TimeSpan shared{};               // first to last minute two lessons share, once `shares`
  for (std::size_t i = 0; i < lessons.size(); ++i) {
    const TimeSpan t = m.when(lessons[i]).time;
    if (i > 0 && t.start < group_end) {
      const int both_end = std::min(group_end, t.end);
      shared = shares ? TimeSpan{shared.start, std::max(shared.end, both_end)} : TimeSpan{t.start, both_end};
      shares = true;
      group_end = std::max(group_end, t.end);
      continue;
    }
    if (shares) report(first, i - 1, shared);
    first = i;
    group_end = t.end;
    shares = false;
  }
  if (shares) report(first, lessons.size() - 1, shared);
}

// A rule's severity is its code's (rule_codes.hpp).
struct Rule {
  std::string_view code;
  Scope scope;
  CheckFn check;
  std::string_view summary;
};


// One function per rule; each file in rules/ defines the one named after it.
//
// Rules run for every scope of the plan (every lesson, every child's day, every course) and
// almost always find nothing. Building the diagnostic in a separate `[[gnu::noinline]]`
// function keeps the check itself small: inlined, the string building made every call save
// and restore registers and set up a large stack frame, which cost more than the check.
void check_unknown_reference_in_plan(const Model& m, int index, Out& out);    // Scope::plan
void check_unknown_reference_in_lesson(const Model& m, int index, Out& out);  // Scope::lesson
void check_student_overlap(const Model& m, int index, Out& out);              // student_day
void check_guardian_overlap(const Model& m, int index, Out& out);             // guardian_day
void check_resource_over_capacity(const Model& m, int index, Out& out);       // resource_day
void check_non_school_day(const Model& m, int index, Out& out);               // lesson
void check_day_not_allowed(const Model& m, int index, Out& out);              // lesson
void check_outside_student_day(const Model& m, int index, Out& out);          // lesson
void check_outside_availability(const Model& m, int index, Out& out);         // lesson
void check_commitment_clash(const Model& m, int index, Out& out);             // lesson
void check_missing_guardian(const Model& m, int index, Out& out);             // lesson
void check_wrong_guardian(const Model& m, int index, Out& out);               // lesson
void check_sessions_off_target(const Model& m, int index, Out& out);          // course_totals
void check_minutes_off_target(const Model& m, int index, Out& out);           // course_totals
void check_sessions_too_close(const Model& m, int index, Out& out);           // course
void check_outside_preferred_window(const Model& m, int index, Out& out);     // lesson
void check_over_daily_maximum(const Model& m, int index, Out& out);           // student_day
void check_no_break(const Model& m, int index, Out& out);                     // student_day
void check_off_grid(const Model& m, int index, Out& out);                     // lesson
void check_course_minutes(const Model& m, int index, Out& out);               // course_totals
void check_category_minutes(const Model& m, int index, Out& out);             // student_week

// Runs every rule of one scope kind on one scope index (what the session re-runs).
void check_scope(const Model& m, Scope scope, int index, Out& out);
// How many indices a scope kind has in this model.
int scope_count(const Model& m, Scope scope);

}  // namespace brightpath::detail
