// JSON text appended straight to a string, for the outputs hosts ask for on every edit and
// every validation (diagnostics, edit results): building a boost::json::value only to
// serialize it again cost more than validating, and Boost's serializer copies strings byte
// by byte wherever it has no SSE2 (in WebAssembly), three times slower than natively.
//
// The text is byte for byte what boost::json::serialize gives for the same values (a test
// holds the two to that for every byte value): compact, members in the order written,
// strings escaped as Boost does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace brightpath::json {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A member's key; its value is whatever is written next.
  void key(std::string_view name);
  void string(std::string_view text);
  void number(std::int64_t value);
  void boolean(bool value);

 private:
  static constexpr std::size_t kMaxDepth = 32;

  void open(char bracket);
  void close(char bracket);
  // The comma before a value, unless it is the first in its object or array or follows a key.
  void separate();
  void escaped(std::string_view text);

  std::string& out_;
  bool first_[kMaxDepth] = {};
  std::size_t depth_ = 0;
  bool after_key_ = false;
};

}  // namespace brightpath::json
