// The edits a parent makes to a week (drag, resize, add, remove, hand a lesson to another
// adult, change an adult's hours): plain values, so the session that applies them, the checks
// of what an edit may do and the JSON codec that reads them share them without including
// each other. Applied by ValidationSession (session.hpp); as JSON in edit_json.hpp.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "brightpath/plan.hpp"

namespace brightpath {

struct MoveLesson {
  std::string lesson;
  int day = 0;
  int start = 0;
};
struct ResizeLesson {
  std::string lesson;
  int duration = 0;
};
struct AddLesson {
  Placement lesson;
};
struct RemoveLesson {
  std::string lesson;
};
// Hand a lesson to another adult (or none, for a teacher-led course with a named guardian).
struct SetLessonGuardian {
  std::string lesson;
  std::optional<std::string> guardian;
};
struct SetAvailability {
  std::string guardian;
  std::vector<DaySpan> availability;
};
using Edit =
    std::variant<MoveLesson, ResizeLesson, AddLesson, RemoveLesson, SetLessonGuardian, SetAvailability>;

}  // namespace brightpath
