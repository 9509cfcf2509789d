// Days and clock times as the plan document uses them.
//
// All times are minutes since local midnight in the household's time zone (the plan names
// it). A week is Monday..Sunday, day 0..6. Spans are half-open: [start, end).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace brightpath {

inline constexpr int kDaysPerWeek = 7;
inline constexpr int kMinutesPerDay = 24 * 60;

// A set of weekdays, bit d set = day d (0 = Monday).
using DaySet = std::uint8_t;
inline constexpr DaySet kAllDays = 0x7F;
inline constexpr bool has_day(DaySet set, int day) { return ((set >> day) & 1U) != 0; }

// "mon".."sun", the spelling used in the JSON document.
std::string_view day_code(int day);
// "Monday".."Sunday", the spelling used in messages for parents.
std::string_view day_name(int day);
std::optional<int> parse_day_code(std::string_view text);

// "HH:MM", 00:00..24:00.
std::string clock_text(int minutes);
void append_clock(std::string& out, int minutes);
// The same five characters without a string, for writers that fill their own buffers.
std::array<char, 5> clock_chars(int minutes);
std::optional<int> parse_clock(std::string_view text);

// A short text built in place, without a string: what the formatters below return, so
// that the same words go into a std::string and into a message's own buffer alike. The
// longest is a span such as "Wednesday 09:00–09:45" (23 bytes).
struct ShortText {
  std::array<char, 32> chars{};
  std::size_t size = 0;
  [[nodiscard]] std::string_view view() const { return {chars.data(), size}; }
};

// "-12", "1440": how numbers are written in messages.
ShortText int_chars(int value);
void append_int(std::string& out, int value);
// "1 h 30 min", "45 min", "2 h": how durations are spoken to parents.
ShortText duration_chars(int minutes);
std::string duration_text(int minutes);
void append_duration(std::string& out, int minutes);  // the same, appended (no temporary)

struct TimeSpan {
  int start = 0;  // minutes since midnight
  int end = 0;    // exclusive
  [[nodiscard]] int minutes() const { return end - start; }
  [[nodiscard]] bool contains(const TimeSpan& other) const {
    return start <= other.start && other.end <= end;
  }
  [[nodiscard]] bool overlaps(const TimeSpan& other) const {
    return start < other.end && other.start < end;
  }
  bool operator==(const TimeSpan&) const = default;
};

// A span on one weekday: an availability window, a fixed commitment, a lesson's time.
struct DaySpan {
  int day = 0;
  TimeSpan time;
  bool operator==(const DaySpan&) const = default;
};

// "09:00–09:45" (an en dash) and "Monday 09:00–09:45": how times are spoken to parents.
ShortText time_range_chars(const TimeSpan& time);
ShortText span_chars(const DaySpan& span);
std::string span_text(const DaySpan& span);

}  // namespace brightpath
