// JSON text appended straight to a string, for the outputs hosts ask for on every edit and
// every validation (diagnostics, edit results): building a boost::json::value only to
// serialize it again cost more than validating, and Boost's serializer copies strings byte
// by byte wherever it has no SSE2 (in WebAssembly), three times slower than natively.
//
// Compact, members in the order written, and pure ASCII: characters beyond ASCII are
// written as \u escapes (docs/diagnostics-json.md). For ASCII text the output is byte for
// byte what boost::json::serialize gives (a test holds the two to that for every byte
// value); for the rest, Boost reads back exactly the text that was written.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace brightpath::json {

class JsonWriter {
 public:
  // `expected_bytes` sizes the buffer once; it grows if the guess was short.
  explicit JsonWriter(std::size_t expected_bytes = 256) { text_.resize(expected_bytes); }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A member's key, one of the format's names (plain ASCII, written as it is); its value is
  // whatever is written next.
  void key(std::string_view name);
  void string(std::string_view text);
  void number(std::int64_t value);
  void boolean(bool value);

  // The text written so far; the writer is empty afterwards.
  std::string take();

 private:
  static constexpr std::size_t kMaxDepth = 32;

  // Bytes are written through a pointer into a buffer sized ahead, not appended one by
  // one: std::string's append is an out-of-line library call in WebAssembly builds.
  char* room(std::size_t n) {
    if (text_.size() - size_ < n) grow(n);
    return text_.data() + size_;
  }
  void put(char c) {
    *room(1) = c;
    ++size_;
  }
  void put(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    size_ += s.size();
  }
  void grow(std::size_t n);

  void open(char bracket);
  void close(char bracket);
  // The comma before a value, unless it is the first in its object or array or follows a key.
  void separate();
  void escaped(std::string_view text);

  std::string text_;
  std::size_t size_ = 0;  // bytes of text_ written; the rest is room
  bool first_[kMaxDepth] = {};
  std::size_t depth_ = 0;
  bool after_key_ = false;
};

}  // namespace brightpath::json
