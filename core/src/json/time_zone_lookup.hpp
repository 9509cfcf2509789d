// Checking a time zone name against the database's list, and the nearest name to offer when it
// is not there ("America/Chicgo": did you mean "America/Chicago"?).
#pragma once

#include <optional>
#include <string_view>

namespace brightpath::json {

bool is_time_zone_name(std::string_view name);

// The listed name closest to `name` by edit distance, ignoring case, also matching `name`
// against the last part of each name ("Chicago" gives "America/Chicago"); nothing when none is
// close enough to be a likely typo. Runs only on the error path: it compares with every name.
std::optional<std::string_view> closest_time_zone_name(std::string_view name);

}  // namespace brightpath::json
