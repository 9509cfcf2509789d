// The planted timetable's bookkeeping: who is busy when, on a 30-minute grid.
//
// Each (person or room, day) is a 64-bit mask of the day's 48 half-hour slots, so "is this
// child free for these 90 minutes" is one AND. The generator only ever places a lesson when
// every check the validation rules make passes here first; that is what makes a generated
// plan valid by construction.
#pragma once

#include <array>
#include <cstdint>

#include "brightpath/time.hpp"

namespace brightpath::generate {

inline constexpr int kSlotMinutes = 30;
inline constexpr int kSlotsPerDay = kMinutesPerDay / kSlotMinutes;  // 48, fits a 64-bit mask
using DayMask = std::uint64_t;
using WeekMasks = std::array<DayMask, kDaysPerWeek>;

inline constexpr int slot_of(int minutes) { return minutes / kSlotMinutes; }
inline constexpr int minutes_of(int slot) { return slot * kSlotMinutes; }

// Slots [first, first + count).
inline constexpr DayMask slot_mask(int first, int count) {
  return (count >= 64 ? ~DayMask{0} : ((DayMask{1} << count) - 1)) << first;
}
inline constexpr DayMask span_mask(const TimeSpan& span) {
  return slot_mask(slot_of(span.start), slot_of(span.end) - slot_of(span.start));
}
inline constexpr bool covers(DayMask outer, DayMask inner) { return (outer & inner) == inner; }

// Length of the run of busy slots that [first, first + count) would join, if booked.
inline int run_length(DayMask busy, int first, int count) {
  int lo = first;
  while (lo > 0 && ((busy >> (lo - 1)) & 1U) != 0) --lo;
  int hi = first + count;
  while (hi < kSlotsPerDay && ((busy >> hi) & 1U) != 0) ++hi;
  return hi - lo;
}

inline int popcount(DayMask mask) {
  int n = 0;
  for (; mask != 0; mask &= mask - 1) ++n;
  return n;
}

// One lesson's time in slots.
struct SlotSpan {
  int day = 0;
  int first = 0;
  int count = 0;
  [[nodiscard]] DayMask mask() const { return slot_mask(first, count); }
};

struct TeacherSlots {
  WeekMasks available{};  // availability windows (never touching, so a lesson inside
                          // the mask is inside one window)
  WeekMasks busy{};       // lessons and commitments
  int available_slots = 0;
  int filled_slots = 0;
  [[nodiscard]] bool fits(const SlotSpan& s) const {
    return covers(available[s.day], s.mask()) && (busy[s.day] & s.mask()) == 0;
  }
  void book(const SlotSpan& s) {
    busy[s.day] |= s.mask();
    filled_slots += s.count;
  }
};

struct StudentSlots {
  WeekMasks day{};   // the child's school day, on school days only
  WeekMasks busy{};  // lessons and commitments
  std::array<int, kDaysPerWeek> daily_slots{};
  int max_daily_slots = kSlotsPerDay;  // from maxDailyMinutes
  int max_run_slots = kSlotsPerDay;    // from maxMinutesWithoutBreak
  int load_slots = 0;                  // the week so far; classes go to the least loaded
  [[nodiscard]] bool fits(const SlotSpan& s) const {
    return covers(day[s.day], s.mask()) && (busy[s.day] & s.mask()) == 0 &&
           daily_slots[s.day] + s.count <= max_daily_slots &&
           run_length(busy[s.day], s.first, s.count) <= max_run_slots;
  }
  void book(const SlotSpan& s) {
    busy[s.day] |= s.mask();
    daily_slots[s.day] += s.count;
    load_slots += s.count;
  }
};

struct ResourceSlots {
  int capacity = 1;
  std::array<std::array<std::uint16_t, kSlotsPerDay>, kDaysPerWeek> used{};
  [[nodiscard]] bool fits(const SlotSpan& s) const {
    for (int i = s.first; i < s.first + s.count; ++i) {
      if (used[s.day][i] >= capacity) return false;
    }
    return true;
  }
  void book(const SlotSpan& s) {
    for (int i = s.first; i < s.first + s.count; ++i) ++used[s.day][i];
  }
};

}  // namespace brightpath::generate
