#include "json/document_builder.hpp"

// The parser template's definitions; boost/json.hpp declares it only.
#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string.hpp>
#include <cstdint>
#include <cstring>
#include <functional>
#include <numeric>
#include <string>
#include <type_traits>
#include <vector>

#include "bytes.hpp"

namespace brightpath::json {
namespace {

using boost::json::error_code;
using boost::json::string_view;

static_assert(std::is_trivially_copyable_v<Member> && std::is_trivially_destructible_v<Member>,
              "the arena never destroys what it holds");

// Beyond this many members an object's keys are not compared pair by pair.
constexpr std::size_t kComparedKeys = 64;

// Whether two of the members may have the same key: exact for small objects (the common case,
// a few comparisons of short keys), always "maybe" for big ones.
bool may_repeat(const Member* members, std::size_t n) {
  if (n > kComparedKeys) return true;
  for (std::size_t i = 1; i < n; ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (detail::same_text(members[i].key, members[j].key)) return true;
    }
  }
  return false;
}

// Boost.JSON's rule for repeated keys (object(detail::unchecked_object&&) in
// boost/json/impl/object.ipp, 1.81): a key stays at the position of its first occurrence with
// the value of its last, and the other occurrences go. Returns how many members are left at
// the front of `members`. Sorting (stably, so equal keys stay in text order) keeps a huge
// object with repeats n log n; only objects with a possible repeat get here.
std::size_t keep_last_of_repeats(Member* members, std::size_t n) {
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return members[a].key < members[b].key; });
  std::vector<bool> dropped(n);
  bool any = false;
  for (std::size_t run = 0; run < n;) {
    std::size_t end = run + 1;
    while (end < n && members[order[end]].key == members[order[run]].key) ++end;
    if (end - run > 1) {
      members[order[run]].value = members[order[end - 1]].value;
      for (std::size_t i = run + 1; i < end; ++i) dropped[order[i]] = true;
      any = true;
    }
    run = end;
  }
  if (!any) return n;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!dropped[i]) members[kept++] = members[i];
  }
  return kept;
}

// A handler for boost::json::basic_parser that builds Values the way Boost's value_stack
// builds its DOM: every finished value goes on a stack, and an array or object that closes
// moves its last n entries into one block in the arena. An entry carries the key it has in
// its object (empty in arrays): keys arrive before their values, and a container's entry is
// pushed when it opens (taking the pending key) and filled in when it closes.
class DocumentBuilder {
 public:
  // Boost's own DOM limits, so the parser refuses exactly the texts it refused before (they
  // also keep every size within Value's 32 bits).
  static constexpr std::size_t max_array_size = boost::json::array::max_size();
  static constexpr std::size_t max_object_size = boost::json::object::max_size();
  static constexpr std::size_t max_string_size = boost::json::string::max_size();
  static constexpr std::size_t max_key_size = boost::json::string::max_size();
  static_assert(max_array_size <= UINT32_MAX && max_object_size <= UINT32_MAX &&
                max_string_size <= UINT32_MAX);

  DocumentBuilder(std::string_view text, DocumentArena& arena) : text_(text), arena_(arena) {}

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_object_begin(error_code&) {
    push({});  // filled in by on_object_end
    return true;
  }
  bool on_object_end(std::size_t n, error_code&) {
    Member* first = stack_.data() + stack_.size() - n;
    std::size_t kept = n;
    if (may_repeat(first, n)) {
      kept = keep_last_of_repeats(first, n);
      repeated_ = repeated_ || kept < n;
    }
    Member* members = arena_.allocate<Member>(kept);
    std::copy_n(first, kept, members);
    close(n, Value::of_object(members, kept));
    return true;
  }
  bool on_array_begin(error_code&) {
    push({});  // filled in by on_array_end
    return true;
  }
  bool on_array_end(std::size_t n, error_code&) {
    const Member* first = stack_.data() + stack_.size() - n;
    Value* items = arena_.allocate<Value>(n);
    for (std::size_t i = 0; i < n; ++i) items[i] = first[i].value;
    close(n, Value::of_array(items, n));
    return true;
  }
  bool on_key_part(string_view s, std::size_t, error_code&) {
    parts_.append(s.data(), s.size());
    return true;
  }
  bool on_key(string_view s, std::size_t, error_code&) {
    key_ = keep(s);
    return true;
  }
  bool on_string_part(string_view s, std::size_t, error_code&) {
    parts_.append(s.data(), s.size());
    return true;
  }
  bool on_string(string_view s, std::size_t, error_code&) {
    push(Value::of_string(keep(s)));
    return true;
  }
  bool on_number_part(string_view, error_code&) { return true; }
  bool on_int64(std::int64_t i, string_view, error_code&) {
    push(Value::of_int64(i));
    return true;
  }
  bool on_uint64(std::uint64_t u, string_view, error_code&) {
    push(Value::of_uint64(u));
    return true;
  }
  bool on_double(double d, string_view, error_code&) {
    push(Value::of_double(d));
    return true;
  }
  bool on_bool(bool b, error_code&) {
    push(Value::of_bool(b));
    return true;
  }
  bool on_null(error_code&) {
    push({});
    return true;
  }
  bool on_comment_part(string_view, error_code&) { return true; }
  bool on_comment(string_view, error_code&) { return true; }

  // After a successful parse: the document's value.
  [[nodiscard]] Value root() const { return stack_.front().value; }
  // Whether some object had a key more than once.
  [[nodiscard]] bool repeated() const { return repeated_; }

 private:
  void push(Value value) {
    stack_.push_back({key_, value});
    key_ = {};
  }
  // Replaces a container's n entries by the container, in the entry pushed when it opened.
  void close(std::size_t n, Value container) {
    stack_.resize(stack_.size() - n);
    stack_.back().value = container;
  }

  // A string or key whose last piece is `last`. The parser hands over a string without escapes
  // as a view of the text, which outlives the document; one with escapes comes unescaped, in
  // pieces (the last one in a buffer of the parser's), and is copied into the arena.
  std::string_view keep(string_view last) {
    const std::less_equal<const char*> before;
    if (parts_.empty() && before(text_.data(), last.data()) &&
        before(last.data() + last.size(), text_.data() + text_.size())) {
      return {last.data(), last.size()};
    }
    const std::size_t size = parts_.size() + last.size();
    char* copy = arena_.allocate<char>(size);
    std::memcpy(copy, parts_.data(), parts_.size());
    std::memcpy(copy + parts_.size(), last.data(), last.size());
    parts_.clear();
    return {copy, size};
  }

  std::string_view text_;
  DocumentArena& arena_;
  // Deep and wide enough for an edit command without reaching the heap.
  boost::container::small_vector<Member, 32> stack_;
  std::string_view key_;  // of the member whose value comes next
  std::string parts_;     // the pieces so far of an escaped string or key
  bool repeated_ = false;
};

}  // namespace

Value build_document(std::string_view text, DocumentArena& arena, const boost::json::parse_options& options,
                     bool& repeated, error_code& ec) {
  boost::json::basic_parser<DocumentBuilder> parser(options, text, arena);
  const std::size_t used = parser.write_some(false, text.data(), text.size(), ec);
  if (!ec && used < text.size()) ec = boost::json::error::extra_data;
  if (ec) return {};
  repeated = parser.handler().repeated();
  return parser.handler().root();
}

}  // namespace brightpath::json
