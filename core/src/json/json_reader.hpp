// A cursor over a parsed JSON value that knows the JSON Pointer of where it is and collects
// decoding errors, so every reader function can say exactly where a problem is without
// threading paths through its arguments.
//
// The position is kept as a stack of keys and indexes and spelled out as a JSON Pointer only
// when an error needs it: a valid document, the common case, never pays for path strings.
//
// Readers never stop at the first problem: they report it, return nothing for that value and
// carry on, so a parent sees up to kMaxErrors problems at once. Problems past that are
// counted, and the list ends with one more error saying how many were not shown. After
// kStopAfter problems readers stop early (full()), so a hostile document costs bounded work;
// the count then says "at least".
#pragma once

#include <array>
#include <boost/container/small_vector.hpp>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "brightpath/plan_json.hpp"
#include "id_index.hpp"
#include "json/document.hpp"
#include "json/input_echo.hpp"

namespace brightpath::json {

inline constexpr std::size_t kMaxErrors = 20;
inline constexpr std::size_t kStopAfter = 1000;
// A short JSON rendering of any value for messages: `"9:00"`, `51`, `true`, `an object`.
std::string describe(const Value& value);
// "a string", "a number", "an object", ... for "expected X, got Y".
std::string_view kind_name(const Value& value);
// Any JSON number as a double (integers beyond 2^53 lose precision, which no range check
// cares about); nothing for other kinds.
std::optional<double> number_value(const Value& value);

class JsonReader {
 public:
  JsonReader() = default;

  // A step into a member or element for as long as it lives.
  class [[nodiscard]] Step {
   public:
    Step(JsonReader& reader, std::string_view key);
    Step(JsonReader& reader, std::size_t index);
    ~Step();
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;

   private:
    JsonReader& reader_;
  };

  Step at(std::string_view key) { return Step(*this, key); }
  Step at(std::size_t index) { return Step(*this, index); }

  // JSON Pointers: of the current value, of one of its members, and of another element of
  // the array the current value is in.
  [[nodiscard]] std::string path() const;
  [[nodiscard]] std::string path_of(std::string_view key) const;
  [[nodiscard]] std::string sibling_path(std::size_t index) const;

  void fail(std::string message) { fail_at(path(), std::move(message)); }
  void fail_at(std::string path, std::string message);
  [[nodiscard]] bool failed() const { return !errors_.empty(); }
  // Whether to stop reading: asked only while there is more to read (so a "yes" means some
  // was skipped, and the count of problems not shown is a lower bound).
  [[nodiscard]] bool full() {
    if (problems_ < kStopAfter) return false;
    stopped_early_ = true;
    return true;
  }
  // The errors shown, then, if there were more, one at path "" saying how many more.
  [[nodiscard]] std::vector<DecodeError> take_errors();

  // Each returns nothing (after reporting "expected ..., got ...") when the value at the
  // current path has another type or is out of range. The checks for the kinds read most
  // often are inline, the reports are not.
  std::optional<Object> object(const Value& value) {
    if (const auto o = value.if_object()) return o;
    wrong_kind("an object", value);
    return std::nullopt;
  }
  // `what` names the items for the limit message: "guardians", "ids", "windows".
  std::optional<Array> array(const Value& value, std::size_t max_items, std::string_view what);
  std::optional<std::string_view> string(const Value& value) {
    if (const auto s = value.if_string()) return s;
    wrong_kind("a string", value);
    return std::nullopt;
  }
  std::optional<int> integer(const Value& value, int min, int max);
  std::optional<bool> boolean(const Value& value);

 private:
  // One step into the document: a member's key (a view into the parsed document or a
  // literal, both outliving the Step) or an array index.
  struct Segment {
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;
  };
  void append_path(std::string& out, std::size_t segments) const;
  // Reports "expected `expected`, got <the kind of `value`>".
  void wrong_kind(std::string_view expected, const Value& value);

  // Deeper than any plan inline, so decoding an edit never allocates for it; grows if ever
  // needed.
  boost::container::small_vector<Segment, 16> segments_;
  std::vector<DecodeError> errors_;
  std::size_t problems_ = 0;  // reported so far, shown or not
  bool stopped_early_ = false;
};

// One JSON object's members: unknown members are reported when it is constructed (naming
// the fields that are expected), missing required ones when they are asked for. The object
// is walked once; lookups after that scan only the members that are fields.
class ObjectReader {
 public:
  static constexpr std::size_t kMaxFields = 16;

  // `fields` are the member names the format defines here (string literals), at most
  // kMaxFields.
  ObjectReader(JsonReader& reader, Object object, std::initializer_list<std::string_view> fields);

  // The member named `key` (one of the fields), or nullptr when it is absent.
  [[nodiscard]] const Value* find(std::string_view key) const;

  // Reads a member that must be present with `read(value)`, which returns an optional;
  // the reader's path points at the member while `read` runs.
  template <class Read>
  auto required(std::string_view key, Read&& read) -> std::invoke_result_t<Read, const Value&> {
    const Value* value = find(key);
    if (value == nullptr) {
      missing(key);
      return {};
    }
    auto step = reader_.at(key);
    return read(*value);
  }

  // Same for a member that may be absent; absent gives an empty optional and no error.
  template <class Read>
  auto optional(std::string_view key, Read&& read) -> std::invoke_result_t<Read, const Value&> {
    const Value* value = find(key);
    if (value == nullptr) return {};
    auto step = reader_.at(key);
    return read(*value);
  }

 private:
  void missing(std::string_view key);

  // The index of `key` in fields_, or count_ when it is not one of them.
  [[nodiscard]] std::size_t field_index(std::string_view key) const;

  JsonReader& reader_;
  // The fields (copied: the initializer list ends with the constructor call) and the member
  // holding each, nullptr when absent (a document keeps one of repeated keys).
  std::array<std::string_view, kMaxFields> fields_;
  std::array<const Value*, kMaxFields> values_{};
  std::size_t count_ = 0;
  mutable std::size_t next_ = 0;  // the field tried first: the one after the last found
};

}  // namespace brightpath::json
