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
#include "small_list.hpp"

namespace brightpath::detail {

inline constexpr int kNone = -1;     // no guardian (or "any" on a course)
inline constexpr int kUnknown = -2;  // a reference to an id that does not exist

// Id -> index for one list of the plan: a small open-addressing hash table. Validation
// builds five per call and resolves every reference of the plan through them, so a table of
// up to four ids (most households' children, adults and things) lives inline, and ids are
// hashed a word at a time. The views point into the plan's own strings, which never move: a
// session only appends to `placements`, whose ids live in `lesson_ids`. With duplicate ids
// the first one wins.
class IdIndex {
 public:
  void build(const auto& items) {
    std::size_t capacity = kInlineSlots;
    while (capacity < items.size() * 2) capacity <<= 1U;
    if (capacity > kInlineSlots) {
      heap_.assign(capacity, Slot{});
    } else {
      heap_.clear();
      inline_.fill(Slot{});
    }
    mask_ = capacity - 1;
    Slot* slots = data();
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string_view id = items[i].id;
      std::size_t h = hash(id) & mask_;
      while (slots[h].index != kUnknown && !same(slots[h].id, id)) h = (h + 1) & mask_;
      if (slots[h].index == kUnknown) slots[h] = {id, static_cast<int>(i)};
    }
  }
  [[nodiscard]] int find(std::string_view id) const {
    const Slot* slots = data();
    for (std::size_t h = hash(id) & mask_;; h = (h + 1) & mask_) {
      const Slot& slot = slots[h];
      if (slot.index == kUnknown || same(slot.id, id)) return slot.index;
    }
  }
  [[nodiscard]] bool contains(std::string_view id) const { return find(id) != kUnknown; }

 private:
  struct Slot {
    std::string_view id;
    int index = kUnknown;  // kUnknown = empty slot
  };
  static constexpr std::size_t kInlineSlots = 8;  // up to 4 ids at load factor 1/2

  // Any decent mix will do (the table's only need is spreading short ids over the low bits):
  // 8-byte loads, the last 1-7 bytes read as two overlapping loads so nothing past the id is
  // touched, each step a multiply whose high half is folded back into the low bits.
  static std::uint64_t load(const char* p, std::size_t n) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, n);
    return word;
  }
  static std::uint64_t mix(std::uint64_t x) {
    x *= 0x9E3779B97F4A7C15ULL;
    return x ^ (x >> 32U);
  }
  static std::size_t hash(std::string_view id) {
    const char* p = id.data();
    std::size_t n = id.size();
    std::uint64_t h = mix(n);
    for (; n >= 8; p += 8, n -= 8) h = mix(h ^ load(p, 8));
    std::uint64_t tail = 0;
    if (n >= 4) {
      tail = (load(p, 4) << 32U) | load(p + n - 4, 4);
    } else if (n > 0) {
      tail = (load(p, 1) << 16U) | (load(p + n / 2, 1) << 8U) | load(p + n - 1, 1);
    }
    return static_cast<std::size_t>(mix(h ^ tail));
  }

  // Ids are short, so they are compared in registers (two loads from each end, overlapping
  // as needed) rather than through a call to memcmp, which cost as much as the hashing.
  static bool same(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (n > 16) return a == b;
    const char* x = a.data();
    const char* y = b.data();
    if (n >= 8) return load(x, 8) == load(y, 8) && load(x + n - 8, 8) == load(y + n - 8, 8);
    if (n >= 4) return load(x, 4) == load(y, 4) && load(x + n - 4, 4) == load(y + n - 4, 4);
    return n == 0 || (x[0] == y[0] && x[n / 2] == y[n / 2] && x[n - 1] == y[n - 1]);
  }

  [[nodiscard]] const Slot* data() const { return heap_.empty() ? inline_.data() : heap_.data(); }
  Slot* data() { return heap_.empty() ? inline_.data() : heap_.data(); }

  std::array<Slot, kInlineSlots> inline_{};  // used while heap_ is empty
  std::vector<Slot> heap_;
  std::size_t mask_ = kInlineSlots - 1;
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

inline const SmallList kNoStudents{};  // the students of a lesson whose course does not exist

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
