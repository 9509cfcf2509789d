// Small plans for rule tests, built in C++ in a few lines:
//
//   PlanBuilder b;                                  // Mon–Fri 08:00–15:00, 15-minute grid
//   b.guardian("mom", "Mom");                       // available all school hours
//   b.student("ada", "Ada");
//   b.course("math", "Math", {"ada"}, 5, 45);
//   b.lesson("m1", "math", kMon, "09:00", 45);
//   auto found = run_rule(b.plan, "student-overlap");
//
// Each adder returns a reference to the new element for tweaks on the same line
// (`b.student("ada", "Ada").max_daily_minutes = 240;`); like any vector element reference
// it is only good until the next element of that kind is added.
#pragma once

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "brightpath/plan.hpp"
#include "brightpath/time.hpp"
#include "brightpath/validate.hpp"
#include "support/diagnostic_printers.hpp"

namespace brightpath::test {

inline constexpr int kMon = 0, kTue = 1, kWed = 2, kThu = 3, kFri = 4, kSat = 5, kSun = 6;

// "09:30" → 570. Tests only use well-formed times.
inline int at(std::string_view clock) { return parse_clock(clock).value_or(-1); }
inline TimeSpan hours(std::string_view start, std::string_view end) { return {at(start), at(end)}; }
inline DaySpan on(int day, std::string_view start, std::string_view end) {
  return {day, hours(start, end)};
}

struct PlanBuilder {
  Plan plan;

  PlanBuilder() {
    plan.name = "Test family";
    plan.time_zone = "UTC";
    plan.week.school_days = 0x1F;
    plan.week.hours = hours("08:00", "15:00");
    plan.week.grid_minutes = 15;
  }

  // Available during the school hours of every school day unless told otherwise.
  Guardian& guardian(std::string id, std::string name) {
    Guardian g{std::move(id), std::move(name), {}};
    for (int d = 0; d < kDaysPerWeek; ++d) {
      if (has_day(plan.week.school_days, d)) g.availability.push_back({d, plan.week.hours});
    }
    return plan.guardians.emplace_back(std::move(g));
  }
  Guardian& guardian(std::string id, std::string name, std::vector<DaySpan> availability) {
    return plan.guardians.emplace_back(Guardian{std::move(id), std::move(name), std::move(availability)});
  }

  Student& student(std::string id, std::string name) {
    Student s;
    s.id = std::move(id);
    s.name = std::move(name);
    return plan.students.emplace_back(std::move(s));
  }

  Resource& resource(std::string id, std::string name, int capacity = 1) {
    return plan.resources.emplace_back(Resource{std::move(id), std::move(name), capacity});
  }

  // Teacher-led, any guardian, core, unless tweaked.
  Course& course(std::string id, std::string subject, std::vector<std::string> students,
                 int sessions = 1, int minutes = 45) {
    Course c;
    c.id = std::move(id);
    c.subject = std::move(subject);
    c.students = std::move(students);
    c.sessions_per_week = sessions;
    c.minutes_per_session = minutes;
    return plan.courses.emplace_back(std::move(c));
  }

  Placement& lesson(std::string id, std::string course, int day, std::string_view start,
                    int duration, std::optional<std::string> guardian = std::nullopt) {
    Placement p;
    p.id = std::move(id);
    p.course = std::move(course);
    p.day = day;
    p.start = at(start);
    p.duration = duration;
    p.guardian = std::move(guardian);
    return plan.placements.emplace_back(std::move(p));
  }

  Commitment& commitment(std::string id, std::string name, DaySpan when) {
    Commitment c;
    c.id = std::move(id);
    c.name = std::move(name);
    c.when = when;
    return plan.commitments.emplace_back(std::move(c));
  }
};

// Full validation, keeping only one code's diagnostics (in display order): a rule is tested
// through the same path every host uses, so scope wiring is tested too.
inline std::vector<Diagnostic> run_rule(const Plan& plan, std::string_view code) {
  std::vector<Diagnostic> all = validate(plan);
  std::vector<Diagnostic> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out),
               [code](const Diagnostic& d) { return d.code == code; });
  return out;
}

// Terse references for asserting `refs`.
// "m12": ids for plans of many lessons. Appended rather than `"m" + std::to_string(i)`,
// which trips GCC 12's -Wrestrict.
inline std::string numbered(const char* prefix, int i) {
  std::string id = prefix;
  id += std::to_string(i);
  return id;
}

inline Ref lesson_ref(std::string id) { return {RefKind::lesson, std::move(id)}; }
inline Ref course_ref(std::string id) { return {RefKind::course, std::move(id)}; }
inline Ref student_ref(std::string id) { return {RefKind::student, std::move(id)}; }
inline Ref guardian_ref(std::string id) { return {RefKind::guardian, std::move(id)}; }
inline Ref resource_ref(std::string id) { return {RefKind::resource, std::move(id)}; }
inline Ref commitment_ref(std::string id) { return {RefKind::commitment, std::move(id)}; }

}  // namespace brightpath::test
