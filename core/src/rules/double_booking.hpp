// The one diagnostic of both double-booking rules (a child in two lessons at once, an adult
// teaching two at once): only who is booked and the verb differ.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "rules.hpp"

namespace brightpath::detail {

// One group of overlapping lessons, positions [first, last] of `lessons` (see
// for_each_overlap_group): "<name> <doing> <first lesson> and <second lesson> at the same
// time, <shared span>." for two; "<name> <doing> 3 overlapping lessons, <span>: A, B and C."
// for more. The person's reference first, then the lessons'. Out of line: see rules.hpp.
[[gnu::noinline]] void report_double_booking(const Model& m, std::string_view code, RefKind kind,
                                             const std::string& id, std::string_view name,
                                             std::string_view doing, const SmallList& lessons,
                                             std::size_t first, std::size_t last, const DaySpan& shared,
                                             Out& out);

}  // namespace brightpath::detail
