// The co-op's vocabulary: what is taught, in which rooms, by and to whom. Plain tables so
// generated plans read like a real co-op in demos (not "Course 17").
#pragma once

#include <span>
#include <string_view>

#include "brightpath/plan.hpp"

namespace brightpath::generate {

// Rooms and shared things a co-op books. A kind with no resource in a small plan simply
// means its classes need no room.
enum class RoomKind { none = -1, science_lab, computer_room, art_room, music_room, gym, kitchen, library };
inline constexpr int kRoomKinds = 7;
std::string_view room_name(RoomKind kind);
int room_capacity(RoomKind kind);  // lessons at once; the library seats several study groups

// Grade bands; a class is for one band.
inline constexpr int kBands = 4;
std::string_view band_grade(int band, int pick);  // a grade inside the band ("K".."12")

struct SubjectArea {
  std::span<const std::string_view> subjects;
  RoomKind room;
  Category category;
  bool morning;  // hard subjects are preferred before lunch
};
std::span<const SubjectArea> class_areas();     // teacher-led co-op classes
std::span<const SubjectArea> study_areas();     // independent study, one child each

std::span<const std::string_view> adult_first_names();
std::span<const std::string_view> family_initials();
std::span<const std::string_view> child_names();

// The preferred window of "morning" subjects.
inline constexpr TimeSpan kMorning{8 * 60, 12 * 60};

}  // namespace brightpath::generate
