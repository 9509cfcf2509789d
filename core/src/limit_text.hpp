// The words for a list past its size limit, shared by the decoder and the session's edits,
// so adding the 50,001st lesson live is refused exactly as loading it from JSON is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace brightpath::detail {

// "50001 placements is more than the limit; expected at most 50000"
inline std::string over_limit_text(std::size_t count, std::string_view what, std::size_t most) {
  return std::to_string(count) + " " + std::string(what) + " is more than the limit; expected at most " +
         std::to_string(most);
}

}  // namespace brightpath::detail
