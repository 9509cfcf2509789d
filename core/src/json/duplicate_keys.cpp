#include "json/duplicate_keys.hpp"

// The parser template's definitions; boost/json.hpp declares it only.
#include <boost/json/basic_parser_impl.hpp>
#include <unordered_set>
#include <vector>

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

}  // namespace

std::optional<DuplicateKey> find_duplicate_key(std::string_view text, const boost::json::parse_options& options) {
  boost::json::basic_parser<KeyTracker> parser(options);
  error_code ec;
  parser.write_some(false, text.data(), text.size(), ec);
  return std::move(parser.handler().found());
}

}  // namespace brightpath::json
