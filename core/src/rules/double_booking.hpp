// The one diagnostic of both double-booking rules (a child in two lessons at once, an adult
// teaching two at once): only who is booked and the verb differ.
#pragma once

#include <string>
#include <string_view>

#include "rules.hpp"

namespace brightpath::detail {

// "<name> <doing> <first lesson> and <second lesson> at the same time, <shared span>.",
// with the person's reference first, then both lessons'. Out of line: see rules.hpp.
[[gnu::noinline]] void report_double_booking(const Model& m, std::string_view code, RefKind kind,
                                             const std::string& id, std::string_view name,
                                             std::string_view doing, int first, int second,
                                             const DaySpan& shared, Out& out);

}  // namespace brightpath::detail
