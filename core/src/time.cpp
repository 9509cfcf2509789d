#include "brightpath/time.hpp"

#include <array>
#include <charconv>

namespace brightpath {
namespace {
constexpr std::array<std::string_view, kDaysPerWeek> kCodes = {"mon", "tue", "wed", "thu",
                                                              "fri", "sat", "sun"};
constexpr std::array<std::string_view, kDaysPerWeek> kNames = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
}  // namespace

std::string_view day_code(int day) { return day >= 0 && day < kDaysPerWeek ? kCodes[day] : "?"; }
std::string_view day_name(int day) { return day >= 0 && day < kDaysPerWeek ? kNames[day] : "?"; }

std::optional<int> parse_day_code(std::string_view text) {
  if (text.size() != 3) return std::nullopt;
  for (int d = 0; d < kDaysPerWeek; ++d) {
    // Three characters compared in place: this runs for every lesson of every plan read.
    const std::string_view code = kCodes[d];
    if (code[0] == text[0] && code[1] == text[1] && code[2] == text[2]) return d;
  }
  return std::nullopt;
}

std::array<char, 5> clock_chars(int minutes) {
  const int h = minutes / 60;
  const int m = minutes % 60;
  return {static_cast<char>('0' + h / 10), static_cast<char>('0' + h % 10), ':', static_cast<char>('0' + m / 10),
          static_cast<char>('0' + m % 10)};
}

// One append, not five: in WebAssembly every string append is a library call.
void append_clock(std::string& out, int minutes) {
  const auto text = clock_chars(minutes);
  out.append(text.data(), text.size());
}

std::string clock_text(int minutes) {
  std::string out;
  append_clock(out, minutes);
  return out;
}

// Strict "HH:MM": two digits each, so "9:00" or "09:00:00" are rejected rather than guessed.
std::optional<int> parse_clock(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (int i : {0, 1, 3, 4}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const int h = (text[0] - '0') * 10 + (text[1] - '0');
  const int m = (text[3] - '0') * 10 + (text[4] - '0');
  if (m > 59 || h > 24 || (h == 24 && m != 0)) return std::nullopt;
  return h * 60 + m;
}

void append_int(std::string& out, int value) {
  char digits[12];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
  (void)ec;  // 12 characters always hold an int
  out.append(digits, end);
}

void append_duration(std::string& out, int minutes) {
  const int h = minutes / 60;
  const int m = minutes % 60;
  if (h > 0) {
    append_int(out, h);
    out += " h";
  }
  if (m > 0 || h == 0) {
    if (h > 0) out += ' ';
    append_int(out, m);
    out += " min";
  }
}

std::string duration_text(int minutes) {
  std::string out;
  append_duration(out, minutes);
  return out;
}

std::string span_text(const DaySpan& span) {
  std::string out(day_name(span.day));
  out += ' ';
  append_clock(out, span.time.start);
  out += "\u2013";
  append_clock(out, span.time.end);
  return out;
}

}  // namespace brightpath
