// What an id may be (docs/plan-format.md): the decoder and the session's add-lesson edit
// both ask here, so a lesson added live is held to the same rule as one loaded from JSON.
#pragma once

#include <algorithm>
#include <string_view>

namespace brightpath::detail {

inline bool is_id_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

inline bool is_valid_id(std::string_view id, std::size_t max_length) {
  return !id.empty() && id.size() <= max_length && std::all_of(id.begin(), id.end(), is_id_char);
}

}  // namespace brightpath::detail
