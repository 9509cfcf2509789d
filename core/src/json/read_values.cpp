#include "json/read_values.hpp"

#include "json/text_rules.hpp"
#include "plan_ids.hpp"

#include <algorithm>

namespace brightpath::json {
namespace {

constexpr std::string_view kTimeExpected = "expected \"HH:MM\" (00:00 to 24:00)";
constexpr std::string_view kDayExpected =
    "expected one of \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"";

}  // namespace

std::optional<std::string> read_id(JsonReader& r, const Value& v, const PlanLimits& limits) {
  const auto s = r.string(v);
  if (!s) return std::nullopt;
  // The common case in one pass: id characters are ASCII, so bytes are characters.
  if (detail::is_valid_id(*s, limits.max_id_length)) return std::string(*s);
  const auto expected = [&] {
    std::string text = "expected 1 to ";
    text += std::to_string(limits.max_id_length);
    text += " characters from A-Z a-z 0-9 _ -";
    return text;
  };
  const TextScan scan = scan_text(*s);
  if (scan.disallowed) {
    // Named by code point: the character is invisible or moves text around, so the quoted
    // id would not show which one it is.
    r.fail(code_point_label(*scan.disallowed) + " is not allowed in an id; " + expected());
    return std::nullopt;
  }
  const std::size_t n = scan.chars;
  if (n > limits.max_id_length) {
    r.fail("an id of " + std::to_string(n) + " characters is too long; " + expected());
    return std::nullopt;
  }
  if (s->empty() || !std::all_of(s->begin(), s->end(), detail::is_id_char)) {
    r.fail(quote(*s) + " is not an id; " + expected());
    return std::nullopt;
  }
  return std::string(*s);
}

std::optional<std::string> read_text(JsonReader& r, const Value& v, std::size_t min_chars,
                                     std::size_t max_chars, std::string_view what) {
  const auto s = r.string(v);
  if (!s) return std::nullopt;
  const TextScan scan = scan_text(*s);
  if (scan.disallowed) {
    r.fail(not_allowed_message(*scan.disallowed, what));
    return std::nullopt;
  }
  const std::size_t n = scan.chars;
  if (n < min_chars || n > max_chars) {
    const std::string expected =
        "; expected " + std::to_string(min_chars) + " to " + std::to_string(max_chars) + " characters";
    r.fail(n == 0 ? "\"\" is empty" + expected
                  : std::string(what) + " of " + std::to_string(n) + " characters is too long" + expected);
    return std::nullopt;
  }
  return std::string(*s);
}

std::optional<std::string> read_name(JsonReader& r, const Value& v, const PlanLimits& limits) {
  return read_text(r, v, 1, limits.max_name_length, "a name");
}

std::optional<int> read_clock(JsonReader& r, const Value& v) {
  const auto s = r.string(v);
  if (!s) return std::nullopt;
  if (auto minutes = parse_clock(*s)) return minutes;
  r.fail(quote(*s) + " is not a time; " + std::string(kTimeExpected));
  return std::nullopt;
}

std::optional<int> read_day(JsonReader& r, const Value& v) {
  const auto s = r.string(v);
  if (!s) return std::nullopt;
  if (auto day = parse_day_code(*s)) return day;
  r.fail(quote(*s) + " is not a day; " + std::string(kDayExpected));
  return std::nullopt;
}

std::optional<DaySet> read_days(JsonReader& r, const Value& v) {
  const auto list = r.array(v, static_cast<std::size_t>(kDaysPerWeek), "days");
  if (!list) return std::nullopt;
  DaySet days = 0;
  bool ok = true;
  std::size_t first[kDaysPerWeek] = {};  // where each day was listed
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto step = r.at(i);
    const auto day = read_day(r, (*list)[i]);
    if (!day) {
      ok = false;
      continue;
    }
    if (has_day(days, *day)) {
      r.fail(quote(day_code(*day)) + " is already listed at " + r.sibling_path(first[*day]));
      ok = false;
      continue;
    }
    days = static_cast<DaySet>(days | (1U << *day));
    first[*day] = i;
  }
  if (!ok) return std::nullopt;
  return days;
}

std::optional<std::vector<std::string>> read_ids(JsonReader& r, const Value& v, const PlanLimits& limits) {
  const auto list = r.array(v, limits.max_refs, "ids");
  if (!list) return std::nullopt;
  std::vector<std::string> ids;
  ids.reserve(list->size());
  FirstSeen seen(list->size());
  bool ok = true;
  for (std::size_t i = 0; i < list->size() && !r.full(); ++i) {
    auto step = r.at(i);
    auto id = read_id(r, (*list)[i], limits);
    if (!id) {
      ok = false;
      continue;
    }
    // Seen through the document's own text, which outlives `seen`.
    if (const auto earlier = seen.add(*(*list)[i].if_string(), i)) {
      r.fail(quote(*id) + " is already listed at " + r.sibling_path(*earlier));
      ok = false;
      continue;
    }
    ids.push_back(std::move(*id));
  }
  if (!ok) return std::nullopt;
  return ids;
}

bool check_end_after_start(JsonReader& r, std::optional<int> start, std::optional<int> end) {
  if (!start || !end || *end > *start) return true;
  const std::string message =
      *end == *start ? clock_text(*end) + " is the same as start " + clock_text(*start) +
                           "; expected an end after the start"
                     : clock_text(*end) + " is before start " + clock_text(*start);
  r.fail_at(r.path_of("end"), message);
  return false;
}

std::optional<TimeSpan> read_hours(JsonReader& r, const Value& v) {
  const auto o = r.object(v);
  if (!o) return std::nullopt;
  ObjectReader fields(r, *o, {"start", "end"});
  const auto start = fields.required("start", [&](const auto& x) { return read_clock(r, x); });
  const auto end = fields.required("end", [&](const auto& x) { return read_clock(r, x); });
  if (!check_end_after_start(r, start, end) || !start || !end) return std::nullopt;
  return TimeSpan{*start, *end};
}

std::optional<DaySpan> read_window(JsonReader& r, const Value& v) {
  const auto o = r.object(v);
  if (!o) return std::nullopt;
  ObjectReader fields(r, *o, {"day", "start", "end"});
  const auto day = fields.required("day", [&](const auto& x) { return read_day(r, x); });
  const auto start = fields.required("start", [&](const auto& x) { return read_clock(r, x); });
  const auto end = fields.required("end", [&](const auto& x) { return read_clock(r, x); });
  if (!check_end_after_start(r, start, end) || !day || !start || !end) return std::nullopt;
  return DaySpan{*day, {*start, *end}};
}

std::optional<std::vector<DaySpan>> read_windows(JsonReader& r, const Value& v, const PlanLimits& limits) {
  const auto list = r.array(v, limits.max_windows, "windows");
  if (!list) return std::nullopt;
  std::vector<DaySpan> windows;
  windows.reserve(list->size());
  bool ok = true;
  for (std::size_t i = 0; i < list->size() && !r.full(); ++i) {
    auto step = r.at(i);
    if (auto w = read_window(r, (*list)[i])) {
      windows.push_back(*w);
    } else {
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return windows;
}

}  // namespace brightpath::json
