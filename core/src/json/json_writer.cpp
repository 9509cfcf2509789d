#include "json/json_writer.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>

namespace brightpath::json {

void JsonWriter::grow(std::size_t n) { text_.resize(std::max(2 * text_.size(), size_ + n)); }

std::string JsonWriter::take() {
  text_.resize(size_);
  size_ = 0;
  return std::move(text_);
}

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ > 0) {
    if (!first_[depth_ - 1]) put(',');
    first_[depth_ - 1] = false;
  }
}

void JsonWriter::open(char bracket) {
  separate();
  put(bracket);
  assert(depth_ < kMaxDepth && "the outputs written this way are shallow");
  first_[depth_++] = true;
}

void JsonWriter::close(char bracket) {
  --depth_;
  put(bracket);
}

void JsonWriter::key(std::string_view name) {
  separate();
  escaped(name);
  put(':');
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
  put(std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

void JsonWriter::boolean(bool value) {
  separate();
  put(value ? std::string_view("true") : std::string_view("false"));
}

namespace {

// Whether any of the 8 bytes in `w` is a control character, '"' or '\\' (the classic
// "has a zero byte" bit trick, exact for this yes/no question): most text needs no
// escaping, and checking a word at a time is what keeps escaping cheap without SSE2.
bool needs_escape(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto has_zero = [&](std::uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
  const bool control = ((w - kOnes * 0x20U) & ~w & kHighs) != 0;
  return control || has_zero(w ^ (kOnes * '"')) || has_zero(w ^ (kOnes * '\\'));
}

}  // namespace

// Boost's escapes: the two-character forms where JSON has one, \u00XX (lowercase hex) for
// the other control characters; everything else, including UTF-8 sequences, as it is.
void JsonWriter::escaped(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  char* const start = room(2 + 6 * text.size());  // every byte escaped, and the quotes
  char* p = start;
  *p++ = '"';
  const char* in = text.data();
  const char* const end = in + text.size();
  while (in < end) {
    std::uint64_t word = 0;
    if (end - in >= 8 && (std::memcpy(&word, in, 8), !needs_escape(word))) {
      std::memcpy(p, in, 8);
      p += 8;
      in += 8;
      continue;
    }
    const char c = *in++;
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20U && byte != '"' && byte != '\\') {
      *p++ = c;
      continue;
    }
    *p++ = '\\';
    switch (byte) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\b': *p++ = 'b'; break;
      case '\t': *p++ = 't'; break;
      case '\n': *p++ = 'n'; break;
      case '\f': *p++ = 'f'; break;
      case '\r': *p++ = 'r'; break;
      default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = kHex[byte >> 4U];
        *p++ = kHex[byte & 15U];
    }
  }
  *p++ = '"';
  size_ += static_cast<std::size_t>(p - start);
}

}  // namespace brightpath::json
