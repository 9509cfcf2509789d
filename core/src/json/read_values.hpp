// Readers for the value types the plan format shares between its sections and the edit
// commands: ids, names, times, days, windows, id lists. Each reports problems at the
// reader's current path and returns nothing for a value it cannot accept.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brightpath/plan.hpp"
#include "brightpath/plan_json.hpp"
#include "id_index.hpp"
#include "json/json_reader.hpp"

namespace brightpath::json {

// Where each id of one list was first seen, so a repeat can point at the original.
class FirstSeen {
 public:
  explicit FirstSeen(std::size_t list_size) { seen_.reset(list_size); }
  // The list index of an earlier `id`, or nothing when it is new (and now known). The text
  // `id` views must stay where it is while this object lives.
  std::optional<std::size_t> add(std::string_view id, std::size_t index) {
    const int earlier = seen_.insert(id, static_cast<int>(index));
    if (earlier == detail::kUnknown) return std::nullopt;
    return static_cast<std::size_t>(earlier);
  }

 private:
  detail::IdIndex seen_;
};

std::optional<std::string> read_id(JsonReader& r, const Value& v, const PlanLimits& limits);
// Text of min_chars..max_chars characters (Unicode code points, as JSON Schema counts),
// without control or text-direction characters (text_rules.hpp). Ids are held to the same.
std::optional<std::string> read_text(JsonReader& r, const Value& v, std::size_t min_chars,
                                     std::size_t max_chars, std::string_view what);
std::optional<std::string> read_name(JsonReader& r, const Value& v, const PlanLimits& limits);
std::optional<int> read_clock(JsonReader& r, const Value& v);
std::optional<int> read_day(JsonReader& r, const Value& v);
// A list of distinct days.
std::optional<DaySet> read_days(JsonReader& r, const Value& v);
// A list of distinct ids, at most limits.max_refs.
std::optional<std::vector<std::string>> read_ids(JsonReader& r, const Value& v, const PlanLimits& limits);
// {"start","end"} with end after start.
std::optional<TimeSpan> read_hours(JsonReader& r, const Value& v);
// {"day","start","end"} with end after start.
std::optional<DaySpan> read_window(JsonReader& r, const Value& v);
// A guardian's availability: at most limits.max_windows windows.
std::optional<std::vector<DaySpan>> read_windows(JsonReader& r, const Value& v, const PlanLimits& limits);
// Reports an `end` member (of the object at the reader's path) that is not after `start`.
bool check_end_after_start(JsonReader& r, std::optional<int> start, std::optional<int> end);

}  // namespace brightpath::json
