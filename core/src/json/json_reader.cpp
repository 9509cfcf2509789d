#include "json/json_reader.hpp"

#include "bytes.hpp"
#include "limit_text.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/string_view.hpp>
#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>

namespace brightpath::json {
namespace {

std::string join_fields(std::initializer_list<std::string_view> fields) {
  std::string out;
  for (std::string_view f : fields) {
    if (!out.empty()) out += ", ";
    out += f;
  }
  return out;
}

}  // namespace

std::string describe(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::object: return "an object";
    case Value::Kind::array: return "an array";
    case Value::Kind::string: return quote(*value.if_string());
    case Value::Kind::double_: {
      // Boost writes 2.5 as "2.5E0"; parents should see the number as they typed it.
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.15g", *value.if_double());
      return buffer;
    }
    // As boost::json::serialize writes them.
    case Value::Kind::int64: return std::to_string(*value.if_int64());
    case Value::Kind::uint64: return std::to_string(*value.if_uint64());
    case Value::Kind::boolean: return *value.if_bool() ? "true" : "false";
    case Value::Kind::null: return "null";
  }
  return "a value";
}

std::string_view kind_name(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::object: return "an object";
    case Value::Kind::array: return "an array";
    case Value::Kind::string: return "a string";
    case Value::Kind::boolean: return "a boolean";
    case Value::Kind::null: return "null";
    case Value::Kind::int64:
    case Value::Kind::uint64:
    case Value::Kind::double_: return "a number";
  }
  return "a value";
}

std::optional<double> number_value(const Value& value) {
  if (const auto i = value.if_int64()) return static_cast<double>(*i);
  if (const auto u = value.if_uint64()) return static_cast<double>(*u);
  if (const auto d = value.if_double()) return *d;
  return std::nullopt;
}

JsonReader::Step::Step(JsonReader& reader, std::string_view key) : reader_(reader) {
  reader_.segments_.push_back({key, 0, false});
}

JsonReader::Step::Step(JsonReader& reader, std::size_t index) : reader_(reader) {
  reader_.segments_.push_back({{}, index, true});
}

JsonReader::Step::~Step() { reader_.segments_.pop_back(); }

void JsonReader::append_path(std::string& out, std::size_t segments) const {
  for (std::size_t i = 0; i < segments; ++i) {
    const Segment& s = segments_[i];
    if (s.is_index) {
      out += '/';
      out += std::to_string(s.index);
    } else {
      append_pointer_token(out, s.key);
    }
  }
}

std::string JsonReader::path() const {
  std::string out;
  append_path(out, segments_.size());
  return out;
}

std::string JsonReader::path_of(std::string_view key) const {
  std::string out = path();
  append_pointer_token(out, key);
  return out;
}

std::string JsonReader::sibling_path(std::size_t index) const {
  std::string out;
  append_path(out, segments_.empty() ? 0 : segments_.size() - 1);
  out += '/';
  out += std::to_string(index);
  return out;
}

void JsonReader::fail_at(std::string path, std::string message) {
  ++problems_;
  if (errors_.size() < kMaxErrors) errors_.push_back({std::move(path), std::move(message)});
}

std::vector<DecodeError> JsonReader::take_errors() {
  if (problems_ > errors_.size()) {
    const std::size_t more = problems_ - errors_.size();
    std::string message = "and ";
    if (stopped_early_) message += "at least ";
    message += std::to_string(more);
    message += more == 1 ? " more problem" : " more problems";
    message += " not shown";
    errors_.push_back({"", std::move(message)});
  }
  problems_ = 0;
  stopped_early_ = false;
  return std::move(errors_);
}

void JsonReader::wrong_kind(std::string_view expected, const Value& value) {
  fail("expected " + std::string(expected) + ", got " + std::string(kind_name(value)));
}

std::optional<Array> JsonReader::array(const Value& value, std::size_t max_items, std::string_view what) {
  const auto a = value.if_array();
  if (!a) {
    wrong_kind("an array", value);
    return std::nullopt;
  }
  if (a->size() > max_items) {
    fail(detail::over_limit_text(a->size(), what, max_items));
    return std::nullopt;
  }
  return a;
}

// Whole numbers written as 3.0 or 3e0 are accepted, as JSON Schema's "integer" does, so the
// decoder and the schema agree on every document.
std::optional<int> JsonReader::integer(const Value& value, int min, int max) {
  const auto range = [&] {
    std::string text = "expected an integer from ";
    text += std::to_string(min);
    text += " to ";
    text += std::to_string(max);
    return text;
  };
  // A double holds every int exactly and rounds bigger numbers to ones still out of range.
  // (Not long double: WebAssembly emulates it in software.)
  double number = 0;
  if (const auto i = value.if_int64()) {
    number = static_cast<double>(*i);
  } else if (const auto u = value.if_uint64()) {
    number = static_cast<double>(*u);
  } else if (const auto d = value.if_double()) {
    if (!std::isfinite(*d) || std::trunc(*d) != *d) {
      fail(describe(value) + " is not a whole number; " + range());
      return std::nullopt;
    }
    number = *d;
  } else {
    wrong_kind("an integer", value);
    return std::nullopt;
  }
  if (number < min || number > max) {
    fail(describe(value) + " is out of range; " + range());
    return std::nullopt;
  }
  return static_cast<int>(number);
}

std::optional<bool> JsonReader::boolean(const Value& value) {
  if (const auto b = value.if_bool()) return b;
  wrong_kind("a boolean", value);
  return std::nullopt;
}

ObjectReader::ObjectReader(JsonReader& reader, Object object, std::initializer_list<std::string_view> fields)
    : reader_(reader), count_(fields.size()) {
  assert(fields.size() <= kMaxFields && "raise ObjectReader::kMaxFields");
  std::copy(fields.begin(), fields.end(), fields_.begin());
  for (const Member& member : object) {
    const std::size_t field = field_index(member.key);
    if (field < count_) {
      values_[field] = &member.value;
    } else {
      reader_.fail_at(reader_.path_of(member.key), "unknown field; expected one of " + join_fields(fields));
    }
  }
  next_ = 0;
}

std::size_t ObjectReader::field_index(std::string_view key) const {
  // Members usually come in the order the format lists the fields (encoders write them so),
  // and readers ask for them in that order too: the field after the last one found is
  // tried first, and the list is scanned only when that misses.
  if (next_ < count_ && detail::same_text(fields_[next_], key)) return next_++;
  for (std::size_t i = 0; i < count_; ++i) {
    if (detail::same_text(fields_[i], key)) {
      next_ = i + 1;
      return i;
    }
  }
  return count_;
}

const Value* ObjectReader::find(std::string_view key) const {
  const std::size_t field = field_index(key);
  assert(field < count_ && "ObjectReader asked for a field it was not given");
  return field < count_ ? values_[field] : nullptr;
}

void ObjectReader::missing(std::string_view key) {
  reader_.fail("missing required field \"" + std::string(key) + "\"");
}

}  // namespace brightpath::json
