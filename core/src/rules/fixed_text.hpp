// A short piece of message text built on the stack.
//
// The information lines (course-minutes, category-minutes) are most of a plan's diagnostics:
// one per child and course, thousands in a co-op. Formatting their numbers into a
// std::string cost a call per append (and, for the part shared by every child of a course,
// an allocation). Here the numbers are written into a fixed array and the finished piece is
// appended to each diagnostic's message in one copy.
//
// Callers only write what has a known bound (fixed words, ints, durations) and size N from
// it; going past N is a bug, caught by assert in debug builds (release leaves the piece out).
#pragma once

#include <array>
#include <cassert>
#include <cstddef>
#include <cstring>
#include <string_view>

#include "brightpath/time.hpp"

namespace brightpath::detail {

// Upper bounds of the pieces below, for sizing N.
inline constexpr std::size_t kMaxIntChars = 11;       // "-2147483648"
inline constexpr std::size_t kMaxDurationChars = 17;  // "35791394 h 59 min"

template <std::size_t N>
class FixedText {
 public:
  FixedText& operator+=(std::string_view text) {
    append(text.data(), text.size());
    return *this;
  }
  FixedText& operator+=(char c) {
    append(&c, 1);
    return *this;
  }

  void append_int(int value) {
    // Most numbers in a message are minutes of an hour or counts of sessions.
    if (value >= 0 && value < 100) {
      const std::size_t n = value < 10 ? 1 : 2;
      if (!fits(n)) return;
      char* at = text_.data() + size_;
      if (n == 2) at[0] = static_cast<char>('0' + value / 10);
      at[n - 1] = static_cast<char>('0' + value % 10);
      size_ += n;
      return;
    }
    // Unsigned, so the most negative int has a magnitude too.
    unsigned magnitude = value < 0 ? 0U - static_cast<unsigned>(value) : static_cast<unsigned>(value);
    std::size_t n = value < 0 ? 2 : 1;
    for (unsigned rest = magnitude / 10U; rest != 0U; rest /= 10U) ++n;
    if (!fits(n)) return;
    // Digits are written in place from the right, so there is nothing to copy.
    char* at = text_.data() + size_ + n;
    do {
      *--at = static_cast<char>('0' + magnitude % 10U);
      magnitude /= 10U;
    } while (magnitude != 0U);
    if (value < 0) *--at = '-';
    size_ += n;
  }

  // Worded exactly like brightpath::append_duration ("1 h 30 min", "45 min", "2 h"), which
  // the debug build checks on every call.
  void append_duration(int minutes) {
    [[maybe_unused]] const std::size_t start = size_;
    const int h = minutes / 60;
    const int m = minutes % 60;
    if (h > 0) {
      append_int(h);
      *this += " h";
    }
    if (m > 0 || h == 0) {
      if (h > 0) *this += ' ';
      append_int(m);
      *this += " min";
    }
    assert(std::string_view(text_.data() + start, size_ - start) == duration_text(minutes));
  }

  [[nodiscard]] std::string_view view() const { return {text_.data(), size_}; }
  [[nodiscard]] std::size_t size() const { return size_; }

 private:
  // Rejects, rather than truncates, a piece that does not fit, and leaves `n` untouched so a
  // copy of a literal keeps its constant length (and compiles to a few moves).
  [[nodiscard]] bool fits(std::size_t n) const {
    assert(n <= N - size_ && "FixedText sized too small for what is written");
    return n <= N - size_;
  }
  void append(const char* text, std::size_t n) {
    if (!fits(n)) return;
    std::memcpy(text_.data() + size_, text, n);
    size_ += n;
  }

  std::array<char, N> text_;  // only the first size_ characters are ever read
  std::size_t size_ = 0;
};

}  // namespace brightpath::detail
