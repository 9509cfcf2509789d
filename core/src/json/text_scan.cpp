#include "json/text_scan.hpp"

// The parser template's definitions; boost/json.hpp declares it only.
#include <boost/json/basic_parser_impl.hpp>
#include <algorithm>
#include <unordered_set>
#include <vector>

#include "json/json_reader.hpp"

namespace brightpath::json {
namespace {

using boost::json::error_code;
using boost::json::string_view;

// A SAX handler for boost::json::basic_parser that builds no values: it tracks where it is
// and, when asked to, which keys each open object has seen. Both scans below use it, so the
// module carries one more instantiation of Boost's parser, not two (the other was Boost's
// stream_parser, which builds values: 8 KB of the gzipped WebAssembly).
class KeyTracker {
 public:
  enum class Track { nothing, keys, duplicates };
  explicit KeyTracker(Track track) : track_(track) {}

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
    if (track_ != Track::nothing) frames_.back().key.append(s.data(), s.size());
    return true;
  }
  bool on_key(string_view s, std::size_t, error_code& ec) {
    if (track_ == Track::nothing) return true;
    Frame& frame = frames_.back();
    frame.key.append(s.data(), s.size());
    frame.has_key = true;
    if (track_ == Track::duplicates && !frame.keys.insert(frame.key).second) {
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
  TextPosition position() const {
    const bool in_key = !frames_.empty() && frames_.back().object && !frames_.back().has_key;
    return {path(), in_key};
  }

 private:
  struct Frame {
    bool object = false;
    std::size_t index = 0;  // arrays: elements completed so far = index of the current one
    std::string key;        // objects: the member being read
    bool has_key = false;   // objects: whether that member's key is complete (its value is next)
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
      parent.has_key = false;
    } else {
      ++parent.index;
    }
    return true;
  }
  std::string path() const {
    std::string out;
    for (const Frame& f : frames_) {
      if (f.object) {
        if (f.has_key) append_pointer_token(out, f.key);  // else a key is being read: the object's path
      } else {
        out += '/';
        out += std::to_string(f.index);
      }
    }
    return out;
  }

  Track track_;
  std::vector<Frame> frames_;
  std::optional<DuplicateKey> found_;
};

using Scanner = boost::json::basic_parser<KeyTracker>;

}  // namespace

std::optional<DuplicateKey> find_duplicate_key(std::string_view text, const boost::json::parse_options& options) {
  Scanner parser(options, KeyTracker::Track::duplicates);
  error_code ec;
  parser.write_some(false, text.data(), text.size(), ec);
  return std::move(parser.handler().found());
}

// The one-shot parser does not say where it failed. Fed the same text piece by piece, as a
// stream, it does: the write that fails is the one holding the bad byte (a write that takes
// less than it was given has found text after the end of the document). Chunks first, then
// single bytes inside the failing chunk, keeps this linear.
std::size_t error_offset(std::string_view text, const boost::json::parse_options& options) {
  const auto fails = [](Scanner& parser, const char* data, std::size_t size) {
    error_code ec;
    return parser.write_some(true, data, size, ec) < size || ec;
  };
  constexpr std::size_t kChunk = 256;
  std::size_t chunk_start = 0;
  {
    Scanner parser(options, KeyTracker::Track::nothing);
    while (chunk_start < text.size() &&
           !fails(parser, text.data() + chunk_start, std::min(kChunk, text.size() - chunk_start))) {
      chunk_start += kChunk;
    }
    if (chunk_start >= text.size()) return text.size();  // only finishing failed: the text ends too early
  }
  Scanner parser(options, KeyTracker::Track::nothing);
  if (fails(parser, text.data(), chunk_start)) return chunk_start;  // cannot happen: it passed before
  for (std::size_t i = chunk_start; i < text.size(); ++i) {
    if (fails(parser, text.data() + i, 1)) return i;
  }
  return text.size();
}

TextPosition position_at(std::string_view text, std::size_t offset, const boost::json::parse_options& options) {
  Scanner parser(options, KeyTracker::Track::keys);
  error_code ec;
  parser.write_some(true, text.data(), std::min(offset, text.size()), ec);
  return parser.handler().position();
}

}  // namespace brightpath::json
