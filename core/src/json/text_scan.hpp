// Passes over JSON text that build no value, for the decoder's error paths: where malformed
// text goes wrong, which JSON path that is, and which member an object repeats.
//
// A repeated member: a document keeps one of them (the last, as Boost.JSON did); in a plan
// that would mean a typo-free but repeated field quietly overrides the first, which the
// format promises never happens ("a typo never silently does nothing").
#pragma once

#include <boost/json/parse_options.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace brightpath::json {

struct DuplicateKey {
  std::string path;  // JSON Pointer of the second occurrence
  std::string key;
};

// The first duplicate key of an already well-formed document, if any: a second, slower pass
// that knows where it is, run only once build_document has found a repeat.
std::optional<DuplicateKey> find_duplicate_key(std::string_view text, const boost::json::parse_options& options);

// Where a reader is at `offset`, which the text before it leads up to without error: the JSON
// Pointer of the value being read there, or, while a member's key is being read, of the object
// (in_key). For naming the string that holds a bad escape.
struct TextPosition {
  std::string path;
  bool in_key = false;
};
TextPosition position_at(std::string_view text, std::size_t offset, const boost::json::parse_options& options);

// The offset of the byte at which a text the parser rejects goes wrong (its size when the
// text just ends too early). Run only on text that already failed to parse.
std::size_t error_offset(std::string_view text, const boost::json::parse_options& options);

}  // namespace brightpath::json
