// The resolved plan that rules read: ids turned into indices, every lesson's effective
// students, guardian and resources worked out once, and per-day occupancy lists so a rule
// looks only at the lessons that can matter to it.
//
// Full validation builds one and runs every scope; the incremental session keeps one,
// patches it per edit and re-runs only the scopes the edit touched.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "brightpath/plan.hpp"

namespace brightpath::detail {

inline constexpr int kNone = -1;     // no guardian (or "any" on a course)
inline constexpr int kUnknown = -2;  // a reference to an id that does not exist

class IdIndex {
 public:
  void assign(int index, const std::string& id) { map_[id] = index; }
  void erase(const std::string& id) { map_.erase(id); }
  [[nodiscard]] int find(std::string_view id) const {
    auto it = map_.find(std::string(id));
    return it == map_.end() ? kUnknown : it->second;
  }
  [[nodiscard]] bool contains(std::string_view id) const { return find(id) != kUnknown; }

 private:
  std::unordered_map<std::string, int> map_;
};

struct CourseInfo {
  std::vector<int> students;   // resolved, unknown ids left out (reported by plan rules)
  int guardian = kNone;        // named guardian, kNone = any, kUnknown = dangling name
  std::vector<int> resources;  // resolved, unknown ids left out
  DaySet days = kAllDays;      // allowed days (absent on the course = the school days)
};

struct LessonInfo {
  bool alive = true;           // false once removed in a session
  int course = kUnknown;       // kUnknown when the placement's course does not exist
  int guardian = kNone;        // effective: kNone, kUnknown or an index
  std::vector<int> resources;  // effective (course's and the placement's own), resolved
};

struct Model {
  Plan plan;  // placements may contain removed lessons (see LessonInfo::alive)

  IdIndex student_ids, guardian_ids, resource_ids, course_ids, commitment_ids, lesson_ids;
  std::vector<CourseInfo> courses;  // parallel to plan.courses
  std::vector<std::vector<int>> courses_by_student;  // [student] -> courses listing them
  std::vector<LessonInfo> lessons;  // parallel to plan.placements

  // Lesson indices per (entity, day), each list kept sorted by (start, end, index).
  std::vector<std::vector<int>> lessons_by_student_day;   // [student * 7 + day]
  std::vector<std::vector<int>> lessons_by_guardian_day;  // [guardian * 7 + day]
  std::vector<std::vector<int>> lessons_by_resource_day;  // [resource * 7 + day]
  std::vector<std::vector<int>> lessons_by_course;        // [course], sorted by (day, start)

  // Commitment indices per (entity, day); commitments do not change in a session.
  std::vector<std::vector<int>> commitments_by_student_day;
  std::vector<std::vector<int>> commitments_by_guardian_day;
  std::vector<std::vector<int>> commitments_by_resource_day;

  // Helpers every rule uses.
  [[nodiscard]] const Placement& placement(int lesson) const { return plan.placements[lesson]; }
  [[nodiscard]] DaySpan when(int lesson) const { return plan.placements[lesson].when(); }
  [[nodiscard]] const std::vector<int>& students_of(int lesson) const;  // empty if no course
  [[nodiscard]] TimeSpan student_day(int student) const;  // the student's own or the week's
};

Model build_model(const Plan& plan);

// Occupancy maintenance for the session: take a lesson out of / put it into every list it
// belongs to (by its current placement and LessonInfo).
void unindex_lesson(Model& model, int lesson);
void index_lesson(Model& model, int lesson);
// Re-resolve a lesson's effective guardian and resources from its placement.
void resolve_lesson(Model& model, int lesson);

}  // namespace brightpath::detail
