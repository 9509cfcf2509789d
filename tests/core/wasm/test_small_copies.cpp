// wasm/small_copies.cpp replaces memcpy and memcmp in the WebAssembly build, where nothing
// else tests them directly. Here the same source is compiled natively under other names and
// held to the C library's results at every alignment of source and destination, for
// lengths up to past the points where memcpy changes method or hands over.
#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

// Renamed so they do not replace this program's own memcpy and memcmp.
#define memcpy small_copies_memcpy
#define memcmp small_copies_memcmp
#define bcmp small_copies_bcmp
#define emscripten_builtin_memcpy small_copies_long_memcpy
#include "../../../wasm/small_copies.cpp"
#undef memcpy
#undef memcmp
#undef bcmp
#undef emscripten_builtin_memcpy

// Stands in for Emscripten's own memcpy, which takes the longer runs.
extern "C" void* small_copies_long_memcpy(void* dest, const void* src, std::size_t n) {
  return std::memcpy(dest, src, n);
}

namespace {

constexpr std::size_t kMaxLength = 1100;  // past kLoopBytes, where memcpy hands over
constexpr std::size_t kEveryLength = 80;  // every length up to here, then a sample
constexpr std::size_t kAlignments = 8;

// The lengths memcpy is tried at: all short ones, then every seventh and the hand-over.
bool tried(std::size_t n) { return n <= kEveryLength || n % 7 == 0 || (n >= kLoopBytes - 1 && n <= kLoopBytes + 1); }

int sign(int v) { return (v > 0) - (v < 0); }

std::vector<unsigned char> pattern(std::size_t n, unsigned seed) {
  std::vector<unsigned char> bytes(n);
  for (std::size_t i = 0; i < n; ++i) bytes[i] = static_cast<unsigned char>((i * 37U + seed * 101U + 11U) & 0xFFU);
  return bytes;
}

}  // namespace

TEST_CASE("small_copies memcpy copies exactly the bytes asked for, at any alignment") {
  const auto source = pattern(kMaxLength + kAlignments, 1);
  for (std::size_t n = 0; n <= kMaxLength; ++n) {
    if (!tried(n)) continue;
    for (std::size_t from = 0; from < kAlignments; ++from) {
      for (std::size_t to = 0; to < kAlignments; ++to) {
        // Guard bytes around the destination catch a write outside it.
        std::vector<unsigned char> dest(kMaxLength + 2 * kAlignments, 0xEE);
        void* result = small_copies_memcpy(dest.data() + to, source.data() + from, n);
        CHECK(result == dest.data() + to);
        for (std::size_t i = 0; i < dest.size(); ++i) {
          const bool inside = i >= to && i < to + n;
          const unsigned char expected = inside ? source[from + i - to] : 0xEE;
          if (dest[i] != expected) {
            FAIL("length " << n << ", source offset " << from << ", destination offset " << to << ": byte " << i);
          }
        }
      }
    }
  }
}

TEST_CASE("small_copies memcmp orders like the C library's, wherever the first difference is") {
  for (std::size_t n = 0; n <= kEveryLength; ++n) {
    for (std::size_t offset = 0; offset < kAlignments; ++offset) {
      auto left = pattern(n + offset, 2);
      auto right = left;
      CHECK(small_copies_memcmp(left.data() + offset, right.data() + offset, n) == 0);
      CHECK(small_copies_bcmp(left.data() + offset, right.data() + offset, n) == 0);
      for (std::size_t at = offset; at < offset + n; ++at) {
        // Bytes above 0x7F too: memcmp compares them as unsigned.
        for (const unsigned char value : std::array<unsigned char, 4>{0x00, 0x41, 0x80, 0xFF}) {
          if (value == left[at]) continue;
          right[at] = value;
          const int expected = sign(std::memcmp(left.data() + offset, right.data() + offset, n));
          CHECK(sign(small_copies_memcmp(left.data() + offset, right.data() + offset, n)) == expected);
          CHECK(sign(small_copies_memcmp(right.data() + offset, left.data() + offset, n)) == -expected);
          CHECK(small_copies_bcmp(left.data() + offset, right.data() + offset, n) != 0);
          right[at] = left[at];
        }
        // The first difference decides, even when every later byte differs the other way
        // (a word compared as a plain integer would let the last one decide).
        auto later = left;
        later[at] = static_cast<unsigned char>(left[at] + 1U);
        for (std::size_t i = at + 1; i < offset + n; ++i) later[i] = static_cast<unsigned char>(left[i] - 1U);
        const int expected = sign(std::memcmp(left.data() + offset, later.data() + offset, n));
        CHECK(sign(small_copies_memcmp(left.data() + offset, later.data() + offset, n)) == expected);
      }
    }
  }
}
