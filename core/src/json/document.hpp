// The decoder's read-only view of a parsed JSON document. Readers look values up and never
// change them, so a value is 16 bytes with a kind: numbers and booleans inline, strings as
// views of the text (or of the document's arena when escapes had to be undone), arrays and
// objects as views of contiguous blocks in the arena. Building one is copying words; Boost's
// DOM also copied every key and longer string, each through a virtual allocator call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace brightpath::json {

class Value;
struct Member;

using Array = std::span<const Value>;
using Object = std::span<const Member>;

class Value {
 public:
  enum class Kind : std::uint8_t { null, boolean, int64, uint64, double_, string, array, object };

  constexpr Value() = default;  // null

  static Value of_bool(bool b) {
    Value v(Kind::boolean);
    v.b_ = b;
    return v;
  }
  static Value of_int64(std::int64_t i) {
    Value v(Kind::int64);
    v.i_ = i;
    return v;
  }
  static Value of_uint64(std::uint64_t u) {
    Value v(Kind::uint64);
    v.u_ = u;
    return v;
  }
  static Value of_double(double d) {
    Value v(Kind::double_);
    v.d_ = d;
    return v;
  }
  // The text, elements and members must outlive the value. Sizes fit 32 bits: the parser
  // refuses longer strings and containers (DocumentBuilder's limits, document_builder.cpp).
  static Value of_string(std::string_view s) {
    Value v(Kind::string, s.size());
    v.chars_ = s.data();
    return v;
  }
  static Value of_array(const Value* items, std::size_t n) {
    Value v(Kind::array, n);
    v.items_ = items;
    return v;
  }
  static Value of_object(const Member* members, std::size_t n) {
    Value v(Kind::object, n);
    v.members_ = members;
    return v;
  }

  [[nodiscard]] Kind kind() const { return kind_; }
  [[nodiscard]] bool is_null() const { return kind_ == Kind::null; }

  // The value when it is of that kind, otherwise nothing.
  [[nodiscard]] std::optional<bool> if_bool() const {
    return kind_ == Kind::boolean ? std::optional<bool>(b_) : std::nullopt;
  }
  [[nodiscard]] std::optional<std::int64_t> if_int64() const {
    return kind_ == Kind::int64 ? std::optional<std::int64_t>(i_) : std::nullopt;
  }
  [[nodiscard]] std::optional<std::uint64_t> if_uint64() const {
    return kind_ == Kind::uint64 ? std::optional<std::uint64_t>(u_) : std::nullopt;
  }
  [[nodiscard]] std::optional<double> if_double() const {
    return kind_ == Kind::double_ ? std::optional<double>(d_) : std::nullopt;
  }
  [[nodiscard]] std::optional<std::string_view> if_string() const {
    return kind_ == Kind::string ? std::optional<std::string_view>(std::string_view(chars_, size_))
                                 : std::nullopt;
  }
  [[nodiscard]] std::optional<Array> if_array() const {
    return kind_ == Kind::array ? std::optional<Array>(Array(items_, size_)) : std::nullopt;
  }
  [[nodiscard]] std::optional<Object> if_object() const;

 private:
  constexpr explicit Value(Kind kind, std::size_t size = 0)
      : kind_(kind), size_(static_cast<std::uint32_t>(size)) {}

  Kind kind_ = Kind::null;
  std::uint32_t size_ = 0;  // of a string, array or object
  union {
    bool b_;
    std::int64_t i_ = 0;
    std::uint64_t u_;
    double d_;
    const char* chars_;
    const Value* items_;
    const Member* members_;
  };
};

static_assert(sizeof(Value) == 16, "a kind, a size and one word, on wasm32 as on x86-64");

// An object's member. Keys are unique within an object (build_document says what happens to
// a repeated one).
struct Member {
  std::string_view key;
  Value value;
};

inline std::optional<Object> Value::if_object() const {
  return kind_ == Kind::object ? std::optional<Object>(Object(members_, size_)) : std::nullopt;
}

// The member of `object` named `key`, or nullptr.
inline const Value* find_member(Object object, std::string_view key) {
  for (const Member& m : object) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

}  // namespace brightpath::json
