// The co-op generator's working state, shared by the steps that build a plan in order:
// people and rooms (coop_people.cpp), fixed commitments (coop_commitments.cpp), teacher-led
// classes (coop_classes.cpp), then independent study (coop_study.cpp). Each step books
// every lesson in the slot masks before adding it, so later steps only see free time.
#pragma once

#include <string>
#include <vector>

#include "brightpath/generate.hpp"
#include "generate/catalog.hpp"
#include "random.hpp"
#include "generate/slots.hpp"

namespace brightpath::generate {

// The week every generated co-op shares: Monday to Friday, 08:00–16:00, half-hour grid.
inline constexpr DaySet kSchoolDays = 0x1F;
inline constexpr TimeSpan kSchoolHours{8 * 60, 16 * 60};
inline constexpr int kSchoolDayCount = 5;
inline std::vector<int> school_day_list() {
  std::vector<int> days(kSchoolDayCount);
  for (int d = 0; d < kSchoolDayCount; ++d) days[static_cast<std::size_t>(d)] = d;
  return days;
}

struct Teacher {
  TeacherSlots slots;
  int band = 0;  // the grade band they mostly teach
  int area = 0;  // index into class_areas(): what they mostly teach
  int target_slots = 0;
  int failures = 0;
};

struct Child {
  StudentSlots slots;
  int band = 0;
};

struct Room {
  ResourceSlots slots;
  RoomKind kind = RoomKind::none;
};

class CoopBuilder {
 public:
  explicit CoopBuilder(const GeneratorOptions& options);
  Plan build();

 private:
  void add_people();
  void add_rooms();
  void add_commitments();
  void add_classes();
  bool try_add_class(int teacher);
  void add_study(int student);

  // A room of this kind, chosen at random, or -1 when the co-op has none.
  int pick_room(RoomKind kind);
  // Start slots on `day` where `free(SlotSpan)` holds, morning ones only when asked and any exist.
  template <class Free>
  std::vector<int> starts(int day, int count, bool morning, Free free) const;
  // Records a course and its planted sessions (already booked). Ids are given by build().
  void add_course(Course course, const std::vector<SlotSpan>& sessions,
                  const std::string& placement_guardian);

  GeneratorOptions options_;
  Random rng_;
  Plan plan_;
  std::vector<Teacher> teachers_;
  std::vector<Child> children_;
  std::vector<Room> rooms_;
  std::vector<int> lesson_course_;  // course index per placement; ids are given at the end
};

template <class Free>
std::vector<int> CoopBuilder::starts(int day, int count, bool morning, Free free) const {
  std::vector<int> all;
  std::vector<int> early;
  for (int first = slot_of(kSchoolHours.start); first + count <= slot_of(kSchoolHours.end); ++first) {
    if (!free(SlotSpan{day, first, count})) continue;
    all.push_back(first);
    if (minutes_of(first + count) <= kMorning.end) early.push_back(first);
  }
  return morning && !early.empty() ? early : all;
}

// "s007" for (s, 7, 300): zero-padded to the width of the largest number, so ids sort.
std::string numbered_id(char prefix, int number, int largest);

}  // namespace brightpath::generate
