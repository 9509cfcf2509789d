// The resolved plan that rules read: ids turned into indices, every lesson's effective
// students, guardian and resources worked out once, and per-day occupancy lists so a rule
// looks only at the lessons that can matter to it.
//
// Full validation builds one and runs every scope; the incremental session keeps one,
// patches it per edit and re-runs only the scopes the edit touched.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "brightpath/plan.hpp"
#include "small_list.hpp"

namespace brightpath::detail {

inline constexpr int kNone = -1;     // no guardian (or "any" on a course)
inline constexpr int kUnknown = -2;  // a reference to an id that does not exist

// Id -> index for one list of the plan: a small open-addressing hash table (one allocation;
// validation builds five per call, and resolves every reference of the plan through them).
// The views point into the plan's own strings, which never move: a session only appends to
// `placements`, whose ids live in `lesson_ids`. With duplicate ids the first one wins.
class IdIndex {
 public:
  void build(const auto& items) {
    std::size_t capacity = 8;
    while (capacity < items.size() * 2) capacity <<= 1U;
    slots_.assign(capacity, {std::string_view{}, kUnknown});
    mask_ = capacity - 1;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string_view id = items[i].id;
      std::size_t h = hash(id) & mask_;
      while (slots_[h].second != kUnknown && slots_[h].first != id) h = (h + 1) & mask_;
      if (slots_[h].second == kUnknown) slots_[h] = {id, static_cast<int>(i)};
    }
  }
  [[nodiscard]] int find(std::string_view id) const {
    if (slots_.empty()) return kUnknown;
    for (std::size_t h = hash(id) & mask_;; h = (h + 1) & mask_) {
      const auto& slot = slots_[h];
      if (slot.second == kUnknown || slot.first == id) return slot.second;
    }
  }
  [[nodiscard]] bool contains(std::string_view id) const { return find(id) != kUnknown; }

 private:
  static std::size_t hash(std::string_view id) {  // FNV-1a
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : id) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return static_cast<std::size_t>(h ^ (h >> 29U));
  }
  std::vector<std::pair<std::string_view, int>> slots_;
  std::size_t mask_ = 0;
};

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

struct Model {
  explicit Model(const Plan& p) : plan(p) {}

  // Not owned: validation reads the caller's plan in place; a session owns the plan and
  // edits it (placements may then contain removed lessons, see LessonInfo::alive).
  const Plan& plan;

  IdIndex student_ids, guardian_ids, resource_ids, course_ids, commitment_ids;
  std::unordered_map<std::string, int> lesson_ids;  // filled for sessions only
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

  // Helpers every rule uses.
  [[nodiscard]] const Placement& placement(int lesson) const { return plan.placements[lesson]; }
  [[nodiscard]] DaySpan when(int lesson) const { return plan.placements[lesson].when(); }
  [[nodiscard]] const SmallList& students_of(int lesson) const;  // empty if no course
  [[nodiscard]] TimeSpan student_day(int student) const;  // the student's own or the week's
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
