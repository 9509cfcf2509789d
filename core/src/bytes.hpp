// Byte helpers for the short texts the core copies and compares all the time (ids, JSON
// keys, pieces of messages). The bottom layer: every other part may include this, it
// includes nothing of BrightPath.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace brightpath::detail {

// The first `n` (at most 8) bytes at `p` as one word.
inline std::uint64_t load_bytes(const char* p, std::size_t n) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, n);
  return word;
}

// a == b for the short texts compared all the time (ids, JSON keys): in registers, two loads
// from each end overlapping as needed, rather than through a call to memcmp, which cost as
// much as hashing natively and more in WebAssembly (where it is compiled C).
inline bool same_text(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n > 16) return a == b;
  const char* x = a.data();
  const char* y = b.data();
  if (n >= 8) return load_bytes(x, 8) == load_bytes(y, 8) && load_bytes(x + n - 8, 8) == load_bytes(y + n - 8, 8);
  if (n >= 4) return load_bytes(x, 4) == load_bytes(y, 4) && load_bytes(x + n - 4, 4) == load_bytes(y + n - 4, 4);
  return n == 0 || (x[0] == y[0] && x[n / 2] == y[n / 2] && x[n - 1] == y[n - 1]);
}

// memcpy for the short runs writers copy (keys, ids, the plain start of a message),
// written as moves of 8 or 4 bytes that may overlap: in WebAssembly, memcpy with a length
// known only at run time is a call into compiled C, which cost more than the copying.
inline void copy_bytes(char* to, const char* from, std::size_t n) {
  if (n > 16) {
    std::memcpy(to, from, n);
  } else if (n >= 8) {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::memcpy(&head, from, 8);
    std::memcpy(&tail, from + n - 8, 8);
    std::memcpy(to, &head, 8);
    std::memcpy(to + n - 8, &tail, 8);
  } else if (n >= 4) {
    std::uint32_t head = 0;
    std::uint32_t tail = 0;
    std::memcpy(&head, from, 4);
    std::memcpy(&tail, from + n - 4, 4);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
  } else {
    for (std::size_t i = 0; i < n; ++i) to[i] = from[i];
  }
}

}  // namespace brightpath::detail
