#include "json/json_writer.hpp"

#include <cassert>
#include <charconv>

namespace brightpath::json {

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ > 0) {
    if (!first_[depth_ - 1]) out_ += ',';
    first_[depth_ - 1] = false;
  }
}

void JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  assert(depth_ < kMaxDepth && "the outputs written this way are shallow");
  first_[depth_++] = true;
}

void JsonWriter::close(char bracket) {
  --depth_;
  out_ += bracket;
}

void JsonWriter::key(std::string_view name) {
  separate();
  escaped(name);
  out_ += ':';
  after_key_ = true;
}

void JsonWriter::string(std::string_view text) {
  separate();
  escaped(text);
}

void JsonWriter::number(std::int64_t value) {
  separate();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out_.append(digits, end);
}

void JsonWriter::boolean(bool value) {
  separate();
  out_ += value ? "true" : "false";
}

// Boost's escapes: the two-character forms where JSON has one, \u00XX (lowercase hex) for
// the other control characters; everything else, including UTF-8 sequences, as it is.
void JsonWriter::escaped(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out_ += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20U && byte != '"' && byte != '\\') continue;
    out_.append(text.data() + run, i - run);
    run = i + 1;
    out_ += '\\';
    switch (byte) {
      case '"': out_ += '"'; break;
      case '\\': out_ += '\\'; break;
      case '\b': out_ += 'b'; break;
      case '\t': out_ += 't'; break;
      case '\n': out_ += 'n'; break;
      case '\f': out_ += 'f'; break;
      case '\r': out_ += 'r'; break;
      default:
        out_ += "u00";
        out_ += kHex[byte >> 4U];
        out_ += kHex[byte & 15U];
    }
  }
  out_.append(text.data() + run, text.size() - run);
  out_ += '"';
}

}  // namespace brightpath::json
