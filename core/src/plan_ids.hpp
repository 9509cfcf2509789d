// What an id may be (docs/plan-format.md): the decoder and the session's add-lesson edit
// both ask here, so a lesson added live is held to the same rule as one loaded from JSON.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace brightpath::detail {

// A table rather than five range tests: every id of a plan is checked character by
// character when it is decoded, and a lookup is one load and no branches.
inline constexpr std::array<bool, 256> kIdChars = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<std::size_t>(c)] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                         (c >= '0' && c <= '9') || c == '_' || c == '-';
  }
  return table;
}();

inline bool is_id_char(char c) { return kIdChars[static_cast<unsigned char>(c)]; }

inline bool is_valid_id(std::string_view id, std::size_t max_length) {
  return !id.empty() && id.size() <= max_length && std::all_of(id.begin(), id.end(), is_id_char);
}

}  // namespace brightpath::detail
