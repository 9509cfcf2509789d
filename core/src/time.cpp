#include "brightpath/time.hpp"

#include <array>

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

namespace {

void put(ShortText& t, std::string_view text) {
  for (const char c : text) t.chars[t.size++] = c;  // every caller's text fits: see the header
}

}  // namespace

ShortText int_chars(int value) {
  ShortText t;
  // Unsigned, so the most negative int has a magnitude too; digits from the right.
  unsigned magnitude = value < 0 ? 0U - static_cast<unsigned>(value) : static_cast<unsigned>(value);
  char digits[10];
  std::size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + magnitude % 10U);
    magnitude /= 10U;
  } while (magnitude != 0U);
  if (value < 0) t.chars[t.size++] = '-';
  while (n > 0) t.chars[t.size++] = digits[--n];
  return t;
}

void append_int(std::string& out, int value) { out += int_chars(value).view(); }

ShortText duration_chars(int minutes) {
  ShortText t;
  const int h = minutes / 60;
  const int m = minutes % 60;
  if (h > 0) {
    put(t, int_chars(h).view());
    put(t, " h");
  }
  if (m > 0 || h == 0) {
    if (h > 0) put(t, " ");
    put(t, int_chars(m).view());
    put(t, " min");
  }
  return t;
}

void append_duration(std::string& out, int minutes) { out += duration_chars(minutes).view(); }

std::string duration_text(int minutes) { return std::string(duration_chars(minutes).view()); }

ShortText time_range_chars(const TimeSpan& time) {
  ShortText t;
  const auto start = clock_chars(time.start);
  const auto end = clock_chars(time.end);
  put(t, std::string_view(start.data(), start.size()));
  put(t, "\u2013");
  put(t, std::string_view(end.data(), end.size()));
  return t;
}

ShortText span_chars(const DaySpan& span) {
  ShortText t;
  put(t, day_name(span.day));
  put(t, " ");
  put(t, time_range_chars(span.time).view());
  return t;
}

std::string span_text(const DaySpan& span) { return std::string(span_chars(span).view()); }

}  // namespace brightpath
