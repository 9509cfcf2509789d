// The co-op's people and rooms: teachers (the plan's guardians) with realistic weekly
// availability, children in grade bands with their own school days and limits, and rooms.
#include <algorithm>
#include <array>

#include "generate/coop_builder.hpp"

namespace brightpath::generate {
namespace {

constexpr int at(int hour, int minute = 0) { return hour * 60 + minute; }

// How parent-teachers actually give their time: whole days, mornings, afternoons after a
// morning job, or a split day around a toddler's nap. Windows on one day never touch, so a
// lesson inside the availability mask is inside a single window.
using Pattern = std::array<TimeSpan, 2>;  // an empty second span = one window
constexpr std::array<Pattern, 5> kPatterns = {{
    {TimeSpan{at(8), at(15, 30)}, TimeSpan{}},
    {TimeSpan{at(8), at(12)}, TimeSpan{}},
    {TimeSpan{at(12, 30), at(16)}, TimeSpan{}},
    {TimeSpan{at(8), at(11)}, TimeSpan{at(13), at(16)}},
    {TimeSpan{at(9, 30), at(14)}, TimeSpan{}},
}};

// Children's days and limits by grade band: the youngest have short days and short
// stretches without a break; teenagers have no limits set (the fields are optional).
struct BandDay {
  TimeSpan day;
  TimeSpan alternative;
  int max_daily_minutes;          // 0 = not set
  int max_minutes_without_break;  // 0 = not set
};
constexpr std::array<BandDay, kBands> kBandDays = {{
    {{at(8, 30), at(14)}, {at(9), at(14, 30)}, 240, 60},
    {{at(8, 30), at(15)}, {at(8), at(14, 30)}, 300, 90},
    {{at(8), at(15, 30)}, {at(8, 30), at(16)}, 330, 120},
    {{at(8), at(16)}, {at(9), at(16)}, 0, 0},
}};

}  // namespace

void CoopBuilder::add_people() {
  const auto adults = adult_first_names();
  const auto initials = family_initials();
  const int areas = static_cast<int>(class_areas().size());
  for (int t = 0; t < options_.teachers; ++t) {
    Guardian g;
    g.id = numbered_id('t', t + 1, options_.teachers);
    // Appended piecewise: GCC 12 warns falsely (-Wrestrict) on chained string operator+.
    g.name = adults[static_cast<std::size_t>(rng_.below(static_cast<int>(adults.size())))];
    g.name += ' ';
    g.name += initials[static_cast<std::size_t>(rng_.below(static_cast<int>(initials.size())))];
    Teacher teacher;
    teacher.band = rng_.below(kBands);
    teacher.area = rng_.below(areas);

    std::vector<int> days = school_day_list();
    rng_.shuffle(days);
    days.resize(static_cast<std::size_t>(rng_.pick(std::vector<int>{2, 3, 3, 4, 4, 5})));
    std::sort(days.begin(), days.end());
    const int usual = rng_.below(static_cast<int>(kPatterns.size()));
    for (const int day : days) {
      // Most adults keep the same hours every day they come; some days differ.
      const int pattern = rng_.chance(75) ? usual : rng_.below(static_cast<int>(kPatterns.size()));
      for (const TimeSpan& window : kPatterns[static_cast<std::size_t>(pattern)]) {
        if (window.minutes() == 0) continue;
        g.availability.push_back({day, window});
        teacher.slots.available[static_cast<std::size_t>(day)] |= span_mask(window);
      }
    }
    for (const DayMask mask : teacher.slots.available) teacher.slots.available_slots += popcount(mask);
    teachers_.push_back(teacher);
    plan_.guardians.push_back(std::move(g));
  }

  const auto names = child_names();
  for (int s = 0; s < options_.students; ++s) {
    Student student;
    student.id = numbered_id('s', s + 1, options_.students);
    student.name = std::string(names[static_cast<std::size_t>(rng_.below(static_cast<int>(names.size())))]);
    Child child;
    child.band = rng_.below(kBands);
    student.grade = std::string(band_grade(child.band, rng_.below(4)));
    const BandDay& band = kBandDays[static_cast<std::size_t>(child.band)];
    const TimeSpan day = rng_.chance(50) ? band.day : band.alternative;
    if (day != kSchoolHours) student.day = day;  // absent = the week's hours
    if (band.max_daily_minutes > 0) {
      student.max_daily_minutes = band.max_daily_minutes;
      child.slots.max_daily_slots = slot_of(band.max_daily_minutes);
    }
    if (band.max_minutes_without_break > 0) {
      student.max_minutes_without_break = band.max_minutes_without_break;
      child.slots.max_run_slots = slot_of(band.max_minutes_without_break);
    }
    for (int d = 0; d < kDaysPerWeek; ++d) {
      if (has_day(kSchoolDays, d)) child.slots.day[static_cast<std::size_t>(d)] = span_mask(day);
    }
    children_.push_back(child);
    plan_.students.push_back(std::move(student));
  }
}

void CoopBuilder::add_rooms() {
  // Kinds in turn, so even a handful of resources gives a lab, a computer room and an art
  // room; a co-op with more than seven has a second lab, and so on.
  for (int r = 0; r < options_.resources; ++r) {
    const auto kind = static_cast<RoomKind>(r % kRoomKinds);
    Resource resource;
    resource.id = numbered_id('r', r + 1, options_.resources);
    resource.name = std::string(room_name(kind));
    if (r >= kRoomKinds) {
      resource.name += ' ';
      resource.name += std::to_string(r / kRoomKinds + 1);
    }
    resource.capacity = room_capacity(kind);
    Room room;
    room.kind = kind;
    room.slots.capacity = resource.capacity;
    rooms_.push_back(room);
    plan_.resources.push_back(std::move(resource));
  }
}

}  // namespace brightpath::generate
