// JSON text written straight into a buffer: the one writer of every JSON answer of the core
// (plans, diagnostics, edit and solve results, errors, the rule catalogue), so a text has the
// same escapes whichever answer carries it. Building a boost::json::value only to
// serialize it again cost more than validating, and Boost's serializer copies strings byte
// by byte wherever it has no SSE2 (in WebAssembly), three times slower than natively.
//
// Compact, members in the order written, and pure ASCII: characters beyond ASCII are
// written as \u escapes (docs/diagnostics-json.md). For ASCII text the output is byte for
// byte what boost::json::serialize gives (a test holds the two to that for every ASCII
// byte); for the rest, Boost reads back exactly the text that was written.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "bytes.hpp"

namespace brightpath::json {

class JsonWriter {
 public:
  // `expected_bytes` sizes the buffer once; it grows if the guess was short.
  explicit JsonWriter(std::size_t expected_bytes = 256) { resize(expected_bytes); }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A member's key, one of the format's names (plain ASCII, written as it is); its value is
  // whatever is written next.
  void key(std::string_view name) {
    char* p = room(name.size() + 4);
    if (comma_) *p++ = ',';
    *p++ = '"';
    detail::copy_bytes(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    done(p, false);
  }
  // A member's key that comes from the document (a plan's weight codes), escaped as
  // string() escapes a value.
  void text_key(std::string_view name) {
    string(name);
    char* p = room(1);
    *p++ = ':';
    done(p, false);
  }
  void string(std::string_view text);
  // A string value from the format's own vocabulary (a code, a severity, a day, a clock
  // time): plain ASCII with nothing to escape, so it is copied without being looked at.
  // string() checks every byte, which for these short words cost more than the copy.
  void word(std::string_view text) {
    assert(is_plain(text));
    char* p = room(text.size() + 3);
    if (comma_) *p++ = ',';
    *p++ = '"';
    detail::copy_bytes(p, text.data(), text.size());
    p += text.size();
    *p++ = '"';
    done(p, true);
  }
  void number(std::int64_t value);
  void number_unsigned(std::uint64_t value);
  // A value that is JSON text already (another encoder's output), copied as it is.
  void raw(std::string_view json) {
    char* p = room(json.size() + 1);
    if (comma_) *p++ = ',';
    std::memcpy(p, json.data(), json.size());
    done(p + json.size(), true);
  }
  void boolean(bool value) {
    const std::string_view word = value ? std::string_view("true") : std::string_view("false");
    char* p = room(word.size() + 1);
    if (comma_) *p++ = ',';
    detail::copy_bytes(p, word.data(), word.size());
    done(p + word.size(), true);
  }

  // The text written so far; the writer is empty afterwards.
  std::string take();

 private:
  // Bytes are written through a pointer into a buffer sized ahead, not appended one by
  // one: std::string's append is an out-of-line library call in WebAssembly builds.
  char* room(std::size_t n) {
    if (capacity_ - size_ < n) grow(n);
    return buffer_ + size_;
  }
  void grow(std::size_t n);
  // A byte written as it is: printable ASCII other than the two JSON escapes.
  static bool is_plain_byte(unsigned char byte) {
    return byte >= 0x20U && byte < 0x80U && byte != '"' && byte != '\\';
  }
  static bool is_plain(std::string_view text) {
    for (const char c : text) {
      if (!is_plain_byte(static_cast<unsigned char>(c))) return false;
    }
    return true;
  }
  void resize(std::size_t bytes) {
    text_.resize(bytes);
    buffer_ = text_.data();
    capacity_ = text_.size();
  }
  // Ends a write at `p`; `comma` says whether the next value or key needs a comma first,
  // which is so after every value and never after '{', '[' or a key.
  void done(char* p, bool comma) {
    size_ = static_cast<std::size_t>(p - buffer_);
    comma_ = comma;
  }
  void open(char bracket) {
    char* p = room(2);
    if (comma_) *p++ = ',';
    *p++ = bracket;
    done(p, false);
  }
  void close(char bracket) {
    char* p = room(1);
    *p++ = bracket;
    done(p, true);
  }

  std::string text_;
  // text_'s bytes and length, kept here: asking a std::string for them is a branch on its
  // short/long layout each time.
  char* buffer_ = nullptr;
  std::size_t capacity_ = 0;
  std::size_t size_ = 0;  // bytes of text_ written; the rest is room
  bool comma_ = false;
};

}  // namespace brightpath::json
