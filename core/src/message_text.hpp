// A diagnostic's message, built before it is given to the diagnostic.
//
// Rules word a message in a dozen or so pieces. Appending each to the diagnostic's
// std::string cost an out-of-line call per piece in WebAssembly (libc++ branches on the
// string's short/long layout every time), and the labels built on the way were temporary
// strings that allocated: about a fifth of an edit's time there. Here pieces are copied
// through a pointer into a buffer on the stack, and the finished text becomes the message
// once, at its exact size (str()).
//
// Nothing is ever left out: text longer than the inline buffer moves to the heap.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "brightpath/time.hpp"
#include "bytes.hpp"

namespace brightpath::detail {

class MessageText {
 public:
  MessageText() = default;
  // A message is built where it is used; a copy would have to re-point data_.
  MessageText(const MessageText&) = delete;
  MessageText& operator=(const MessageText&) = delete;

  // `text` must not be a view of this message itself: growing frees what it points into.
  MessageText& operator+=(std::string_view text) {
    copy_bytes(room(text.size()), text.data(), text.size());
    size_ += text.size();
    return *this;
  }
  MessageText& operator+=(char c) {
    *room(1) = c;
    ++size_;
    return *this;
  }

  // Numbers, durations and times worded by the one formatter of each (brightpath/time.hpp).
  void append_int(int value) { *this += int_chars(value).view(); }
  void append_duration(int minutes) { *this += duration_chars(minutes).view(); }

  // "09:05", as brightpath::append_clock writes it.
  void append_clock(int minutes) {
    const auto text = clock_chars(minutes);
    *this += std::string_view(text.data(), text.size());
  }

  // Uppercases an ASCII letter at `pos`: a label that may start lowercase ("lesson L7",
  // "the Piano") is capitalised when it opens the sentence.
  void capitalize_at(std::size_t pos) {
    if (pos < size_ && data_[pos] >= 'a' && data_[pos] <= 'z') {
      data_[pos] = static_cast<char>(data_[pos] - 'a' + 'A');
    }
  }

  [[nodiscard]] std::string_view view() const { return {data_, size_}; }
  // The finished message, for `d.message = text.str()`. A new string rather than
  // message.assign(view()): libc++ assigns to an empty string through its general
  // grow-and-replace path, which in WebAssembly costs more than constructing.
  [[nodiscard]] std::string str() const { return std::string(data_, size_); }
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }

 private:
  // Where the next `n` bytes go. Growing is rare (a message past the inline buffer), so it
  // stays out of line and every append inlines to a compare and a copy.
  char* room(std::size_t n) {
    if (n > capacity_ - size_) grow(n);
    return data_ + size_;
  }
  [[gnu::noinline]] void grow(std::size_t n);

  // Room for every message of the example plans (the longest, 152 bytes, names several
  // lessons), so the heap is for outliers only.
  static constexpr std::size_t kInlineChars = 256;

  char* data_ = inline_;  // inline_, or heap_ once the text outgrew it
  std::size_t size_ = 0;
  std::size_t capacity_ = kInlineChars;
  std::unique_ptr<char[]> heap_;
  char inline_[kInlineChars];  // only the first size_ characters are ever read
};

// Plain values worded for messages, the same in the rules' diagnostics and the solver's
// explanations. What names people and lessons from the plan is in rules/wording.hpp.

// How many a message names before "and 12 more": children of a shared lesson, lessons of a
// group, so a message stays short whatever the group's size.
inline constexpr std::size_t kNamedStudents = 3;
inline constexpr std::size_t kNamedLessons = 3;

// What goes before item `i` of a list of `n`: nothing, ", " or " and " ("Ada, Ben and Cy").
inline void append_list_separator(MessageText& out, std::size_t i, std::size_t n) {
  if (i > 0) out += i + 1 == n ? " and " : ", ";
}

// Names the first items of a list of `n` (`name(i)` appends item i) and says how many more
// there are: all of them up to `most`, else `most` and "and 12 more" ("Ada, Ben, Cy and 12
// more").
template <class Name>
void append_bounded_list(MessageText& out, std::size_t n, std::size_t most, Name&& name) {
  const std::size_t named = n <= most + 1 ? n : most;  // "and 1 more" would be no shorter
  const std::size_t parts = named < n ? named + 1 : n;
  for (std::size_t i = 0; i < named; ++i) {
    append_list_separator(out, i, parts);
    name(i);
  }
  if (named < n) {
    append_list_separator(out, named, parts);
    out.append_int(static_cast<int>(n - named));
    out += " more";
  }
}

// "Monday, Wednesday and Friday"; "no day" for an empty set.
void append_day_list(MessageText& out, DaySet days);
// "1 session", "3 sessions".
void append_count(MessageText& out, int n, std::string_view singular, std::string_view plural);
// "Monday 09:00–09:45"
inline void append_span(MessageText& out, const DaySpan& span) { out += span_chars(span).view(); }
// "09:00–09:45"
inline void append_time_range(MessageText& out, const TimeSpan& time) { out += time_range_chars(time).view(); }

}  // namespace brightpath::detail
