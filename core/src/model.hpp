// The resolved plan that rules read: ids turned into indices, every lesson's effective
// students, guardian and resources worked out once, and per-day occupancy lists so a rule
// looks only at the lessons that can matter to it.
//
// Full validation builds one and runs every scope; the incremental session keeps one,
// patches it per edit and re-runs only the scopes the edit touched.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "brightpath/plan.hpp"
#include "id_index.hpp"
#include "small_list.hpp"

namespace brightpath::detail {

inline constexpr int kNone = -1;  // no guardian (or "any" on a course)

struct CourseInfo {
  SmallList students;          // resolved, unknown ids left out (reported by plan rules)
  int guardian = kNone;        // named guardian, kNone = any, kUnknown = dangling name
  SmallList resources;         // resolved, unknown ids left out
  DaySet days = kAllDays;      // allowed days (absent on the course = the school days)
};

struct LessonInfo {
  bool alive = true;           // false once removed in a session
  int course = kUnknown;       // kUnknown when the placement's course does not exist
  int guardian = kNone;        // effective: kNone, kUnknown or an index
  SmallList resources;         // effective (course's and the placement's own), resolved
};

inline const SmallList kNoStudents{};  // the students of a lesson whose course does not exist

struct Model {
  explicit Model(const Plan& p) : plan(p) {}

  // Not owned: validation reads the caller's plan in place; a session owns the plan and
  // edits it (placements may then contain removed lessons, see LessonInfo::alive).
  const Plan& plan;

  IdIndex student_ids, guardian_ids, resource_ids, course_ids, commitment_ids;
  std::unordered_map<std::string, int, IdHash> lesson_ids;  // filled for sessions only
  std::vector<CourseInfo> courses;  // parallel to plan.courses
  std::vector<std::vector<int>> courses_by_student;  // [student] -> courses listing them
  std::vector<LessonInfo> lessons;  // parallel to plan.placements

  // Lesson indices per (entity, day), each list kept sorted by (start, end, index).
  std::vector<SmallList> lessons_by_student_day;   // [student * 7 + day]
  std::vector<SmallList> lessons_by_guardian_day;  // [guardian * 7 + day]
  std::vector<SmallList> lessons_by_resource_day;  // [resource * 7 + day]
  std::vector<SmallList> lessons_by_course;        // [course], sorted by (day, start)

  // Commitment indices per (entity, day); commitments do not change in a session.
  std::vector<std::vector<int>> commitments_by_student_day;
  std::vector<std::vector<int>> commitments_by_guardian_day;
  std::vector<std::vector<int>> commitments_by_resource_day;
  // Per day, from the earliest start to the latest end of its commitments (none when it has
  // none): a lesson outside it cannot clash with any, and most lessons are.
  std::array<std::optional<TimeSpan>, kDaysPerWeek> commitment_hours{};

  // Helpers every rule uses.
  [[nodiscard]] const Placement& placement(int lesson) const { return plan.placements[lesson]; }
  [[nodiscard]] DaySpan when(int lesson) const { return plan.placements[lesson].when(); }
  // Empty if the lesson's course does not exist. Inline: several rules ask for every lesson.
  [[nodiscard]] const SmallList& students_of(int lesson) const {
    const int c = lessons[lesson].course;
    return c >= 0 ? courses[c].students : kNoStudents;
  }
  // The student's own school day or the week's.
  [[nodiscard]] TimeSpan student_day(int student) const {
    return plan.students[student].day.value_or(plan.week.hours);
  }
};

Model build_model(const Plan& plan, bool index_lesson_ids = false);

// A guardian's availability on one day, sorted, with touching or overlapping windows merged
// (08:00–10:00 and 10:00–12:00 hold a 09:00–11:00 lesson). Validation and the solver both
// read availability through this, so they cannot disagree about what "available" means.
std::vector<TimeSpan> merged_availability(const Guardian& guardian, int day);
[[nodiscard]] int find_lesson(const Model& m, const std::string& id);  // kUnknown if absent

// Occupancy maintenance for the session: take a lesson out of / put it into every list it
// belongs to (by its current placement and LessonInfo).
void unindex_lesson(Model& model, int lesson);
void index_lesson(Model& model, int lesson);
// Re-resolve a lesson's effective guardian and resources from its placement.
void resolve_lesson(Model& model, int lesson);

}  // namespace brightpath::detail
