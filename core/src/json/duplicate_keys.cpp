#include "json/duplicate_keys.hpp"

// The parser template's definitions; boost/json.hpp declares it only.
#include <boost/json/basic_parser_impl.hpp>
#include <boost/container/small_vector.hpp>
#include <unordered_set>
#include <vector>

#include "id_index.hpp"
#include "json/json_reader.hpp"

namespace brightpath::json {
namespace {

using boost::json::error_code;
using boost::json::string_view;

// A SAX handler for boost::json::basic_parser that only tracks where it is and which keys each
// open object has seen; no values are built.
class KeyTracker {
 public:
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_array_begin(error_code&) { return open(false); }
  bool on_array_end(std::size_t, error_code&) { return close(); }
  bool on_object_begin(error_code&) { return open(true); }
  bool on_object_end(std::size_t, error_code&) { return close(); }
  bool on_string_part(string_view, std::size_t, error_code&) { return true; }
  bool on_string(string_view, std::size_t, error_code&) { return value(); }
  bool on_key_part(string_view s, std::size_t, error_code&) {
    frames_.back().key.append(s.data(), s.size());
    return true;
  }
  bool on_key(string_view s, std::size_t, error_code& ec) {
    Frame& frame = frames_.back();
    frame.key.append(s.data(), s.size());
    if (!frame.keys.insert(frame.key).second) {
      found_ = DuplicateKey{path(), frame.key};
      ec = boost::json::error::exception;  // any error: it only stops the parser early
      return false;
    }
    return true;
  }
  bool on_number_part(string_view, error_code&) { return true; }
  bool on_int64(std::int64_t, string_view, error_code&) { return value(); }
  bool on_uint64(std::uint64_t, string_view, error_code&) { return value(); }
  bool on_double(double, string_view, error_code&) { return value(); }
  bool on_bool(bool, error_code&) { return value(); }
  bool on_null(error_code&) { return value(); }
  bool on_comment_part(string_view, error_code&) { return true; }
  bool on_comment(string_view, error_code&) { return true; }

  std::optional<DuplicateKey>& found() { return found_; }

 private:
  struct Frame {
    bool object = false;
    std::size_t index = 0;  // arrays: elements completed so far = index of the current one
    std::string key;        // objects: the member being read
    std::unordered_set<std::string> keys;
  };

  bool open(bool object) {
    frames_.push_back({});
    frames_.back().object = object;
    return true;
  }
  bool close() {
    frames_.pop_back();
    return value();
  }
  // A value just ended: the enclosing array moves to its next element, the enclosing object
  // to its next key.
  bool value() {
    if (frames_.empty()) return true;
    Frame& parent = frames_.back();
    if (parent.object) {
      parent.key.clear();
    } else {
      ++parent.index;
    }
    return true;
  }
  std::string path() const {
    std::string out;
    for (const Frame& f : frames_) {
      if (f.object) {
        append_pointer_token(out, f.key);
      } else {
        out += '/';
        out += std::to_string(f.index);
      }
    }
    return out;
  }

  std::vector<Frame> frames_;
  std::optional<DuplicateKey> found_;
};

// boost::json::parser's own handler (a value_stack fed by every event), which also notes
// whether some object had a key twice. Keys are compared with the keys before them in the
// same object as views into the text; when that cannot settle it (a key with escapes is
// not in the text as it reads, and an object with very many members would make the
// comparisons quadratic), it answers "maybe" and the exact pass decides.
class CountingBuilder {
 public:
  static constexpr std::size_t max_array_size = boost::json::array::max_size();
  static constexpr std::size_t max_object_size = boost::json::object::max_size();
  static constexpr std::size_t max_string_size = boost::json::string::max_size();
  static constexpr std::size_t max_key_size = boost::json::string::max_size();

  // The stack's own scratch space lives in `buffer` and then the default heap; the values it
  // builds are allocated from `storage`. `text` is the whole document being parsed.
  CountingBuilder(const boost::json::storage_ptr& storage, unsigned char* buffer, std::size_t size,
                  std::string_view text)
      : stack_({}, buffer, size), text_(text) {
    stack_.reset(storage);
  }

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_object_begin(error_code&) {
    objects_.push_back(keys_.size());
    return true;
  }
  bool on_object_end(std::size_t n, error_code&) {
    stack_.push_object(n);
    keys_.resize(objects_.back());
    objects_.pop_back();
    return true;
  }
  bool on_array_begin(error_code&) { return true; }
  bool on_array_end(std::size_t n, error_code&) {
    stack_.push_array(n);
    return true;
  }
  bool on_key_part(string_view s, std::size_t, error_code&) {
    stack_.push_chars(s);
    key_in_parts_ = true;
    return true;
  }
  bool on_key(string_view s, std::size_t, error_code&) {
    stack_.push_key(s);
    note_key(std::string_view(s.data(), s.size()));
    return true;
  }
  bool on_string_part(string_view s, std::size_t, error_code&) {
    stack_.push_chars(s);
    return true;
  }
  bool on_string(string_view s, std::size_t, error_code&) {
    stack_.push_string(s);
    return true;
  }
  bool on_number_part(string_view, error_code&) { return true; }
  bool on_int64(std::int64_t i, string_view, error_code&) {
    stack_.push_int64(i);
    return true;
  }
  bool on_uint64(std::uint64_t u, string_view, error_code&) {
    stack_.push_uint64(u);
    return true;
  }
  bool on_double(double d, string_view, error_code&) {
    stack_.push_double(d);
    return true;
  }
  bool on_bool(bool b, error_code&) {
    stack_.push_bool(b);
    return true;
  }
  bool on_null(error_code&) {
    stack_.push_null();
    return true;
  }
  bool on_comment_part(string_view, error_code&) { return true; }
  bool on_comment(string_view, error_code&) { return true; }

  boost::json::value release() { return stack_.release(); }

  // Whether some object may have had a key more than once (never false when one did).
  [[nodiscard]] bool maybe_repeated() const { return maybe_repeated_; }

 private:
  // Beyond this many members an object's keys are not compared one by one.
  static constexpr std::size_t kComparedKeys = 64;

  void note_key(std::string_view key) {
    const bool in_text = !key_in_parts_ && key.data() >= text_.data() &&
                         key.data() + key.size() <= text_.data() + text_.size();
    key_in_parts_ = false;
    const std::size_t first = objects_.back();
    if (!in_text || keys_.size() - first >= kComparedKeys) {
      maybe_repeated_ = true;
      return;
    }
    for (std::size_t i = first; i < keys_.size(); ++i) {
      if (detail::same_text(keys_[i], key)) maybe_repeated_ = true;
    }
    keys_.push_back(key);
  }

  boost::json::value_stack stack_;
  std::string_view text_;
  // The keys of the objects being read, as views into text_, and where each object's start.
  boost::container::small_vector<std::string_view, 32> keys_;
  boost::container::small_vector<std::size_t, 8> objects_;
  bool key_in_parts_ = false;
  bool maybe_repeated_ = false;
};

}  // namespace

boost::json::value parse_noting_repeats(std::string_view text, const boost::json::storage_ptr& storage,
                                        const boost::json::parse_options& options, bool& repeated,
                                        error_code& ec) {
  // The scratch buffer boost::json::parse gives its value_stack, for small documents.
  unsigned char scratch[BOOST_JSON_STACK_BUFFER_SIZE];
  boost::json::basic_parser<CountingBuilder> parser(options, storage, scratch, sizeof scratch, text);
  const std::size_t used = parser.write_some(false, text.data(), text.size(), ec);
  if (!ec && used < text.size()) ec = boost::json::error::extra_data;
  if (ec) return nullptr;
  repeated = parser.handler().maybe_repeated();
  return parser.handler().release();
}

std::optional<DuplicateKey> find_duplicate_key(std::string_view text, const boost::json::parse_options& options) {
  boost::json::basic_parser<KeyTracker> parser(options);
  error_code ec;
  parser.write_some(false, text.data(), text.size(), ec);
  return std::move(parser.handler().found());
}

}  // namespace brightpath::json
