#include "json/json_writer.hpp"

#include <algorithm>
#include <charconv>
#include <utility>

namespace brightpath::json {

void JsonWriter::grow(std::size_t n) { resize(std::max(2 * capacity_, size_ + n)); }

std::string JsonWriter::take() {
  text_.resize(size_);
  std::string text = std::move(text_);
  text_.clear();
  buffer_ = text_.data();
  capacity_ = 0;
  size_ = 0;
  comma_ = false;
  return text;
}

void JsonWriter::number(std::int64_t value) {
  char* p = room(24);
  if (comma_) *p++ = ',';
  // Every answer ends with three counts, mostly under a thousand: written digit by digit,
  // where std::to_chars would take them through libc++'s 64-bit path in WebAssembly.
  if (value >= 0 && value < 1000) {
    const auto v = static_cast<unsigned>(value);
    if (v >= 100) *p++ = static_cast<char>('0' + v / 100);
    if (v >= 10) *p++ = static_cast<char>('0' + v / 10 % 10);
    *p++ = static_cast<char>('0' + v % 10);
    done(p, true);
    return;
  }
  done(std::to_chars(p, p + 21, value).ptr, true);
}

void JsonWriter::number_unsigned(std::uint64_t value) {
  char* p = room(24);
  if (comma_) *p++ = ',';
  done(std::to_chars(p, p + 21, value).ptr, true);
}

namespace {

constexpr char kHex[] = "0123456789abcdef";

// Whether any of the 8 bytes in `w` must be written differently: a control character, '"',
// '\\' or a byte of a multi-byte UTF-8 sequence (the classic "has a zero byte" bit trick,
// exact for this yes/no question). Most text is plain ASCII, and checking a word at a time
// is what keeps writing it cheap without SSE2.
bool needs_care(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto has_zero = [&](std::uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
  const bool control = ((w - kOnes * 0x20U) & ~w & kHighs) != 0;
  return (w & kHighs) != 0 || control || has_zero(w ^ (kOnes * '"')) || has_zero(w ^ (kOnes * '\\'));
}

char* put_u_escape(char* p, std::uint32_t unit) {
  *p++ = '\\';
  *p++ = 'u';
  *p++ = kHex[(unit >> 12U) & 15U];
  *p++ = kHex[(unit >> 8U) & 15U];
  *p++ = kHex[(unit >> 4U) & 15U];
  *p++ = kHex[unit & 15U];
  return p;
}

// The code point of the UTF-8 sequence at `in` (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF) and its length; U+FFFD and length 1 for a byte that does not
// start one, so text that is not UTF-8 still gives valid JSON.
std::pair<std::uint32_t, std::size_t> decode_utf8(const unsigned char* in, std::size_t available) {
  constexpr std::pair<std::uint32_t, std::size_t> kReplacement{0xFFFDU, 1};
  const unsigned lead = in[0];
  std::size_t length = 0;
  std::uint32_t cp = 0;
  unsigned low = 0x80U;  // the range of the second byte, narrowed for the lead bytes that need it
  unsigned high = 0xBFU;
  if (lead >= 0xC2U && lead <= 0xDFU) {
    length = 2;
    cp = lead & 0x1FU;
  } else if (lead >= 0xE0U && lead <= 0xEFU) {
    length = 3;
    cp = lead & 0x0FU;
    if (lead == 0xE0U) low = 0xA0U;
    if (lead == 0xEDU) high = 0x9FU;
  } else if (lead >= 0xF0U && lead <= 0xF4U) {
    length = 4;
    cp = lead & 0x07U;
    if (lead == 0xF0U) low = 0x90U;
    if (lead == 0xF4U) high = 0x8FU;
  } else {
    return kReplacement;
  }
  if (available < length || in[1] < low || in[1] > high) return kReplacement;
  for (std::size_t i = 1; i < length; ++i) {
    if (i > 1 && (in[i] & 0xC0U) != 0x80U) return kReplacement;
    cp = (cp << 6U) | (in[i] & 0x3FU);
  }
  return {cp, length};
}

}  // namespace

// Boost's escapes for ASCII (the two-character forms where JSON has one, \u00XX in lowercase
// hex for the other control characters), and \uXXXX (surrogate pairs above U+FFFF) for
// everything beyond ASCII: the output is pure ASCII, which JavaScript turns into a string
// several times faster than UTF-8 with a single en dash in it (docs/wasm.md).
void JsonWriter::string(std::string_view text) {
  const auto* in = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = in + text.size();
  // Most strings (ids, codes, most of a message) are plain: copied a word at a time while
  // each word is checked, in one pass with no call (in WebAssembly a separate scan and a
  // memcpy were two loops and a call into compiled C). First room for the text as it is.
  char* p = room(text.size() + 3);
  if (comma_) *p++ = ',';
  *p++ = '"';
  for (std::uint64_t word = 0; end - in >= 8; in += 8, p += 8) {
    std::memcpy(&word, in, 8);
    if (needs_care(word)) break;
    std::memcpy(p, &word, 8);
  }
  while (in < end && is_plain_byte(*in)) *p++ = static_cast<char>(*in++);
  if (in < end) {
    // The rest may need up to six bytes per byte (\u00XX), and growing may move the buffer.
    const auto written = static_cast<std::size_t>(p - (buffer_ + size_));
    p = room(written + 1 + 6 * static_cast<std::size_t>(end - in)) + written;
  }
  while (in < end) {
    std::uint64_t word = 0;
    if (end - in >= 8 && (std::memcpy(&word, in, 8), !needs_care(word))) {
      std::memcpy(p, in, 8);
      p += 8;
      in += 8;
      continue;
    }
    const unsigned byte = *in;
    if (byte >= 0x80U) {
      const auto [cp, length] = decode_utf8(in, static_cast<std::size_t>(end - in));
      in += length;
      if (cp >= 0x10000U) {
        p = put_u_escape(p, 0xD800U + ((cp - 0x10000U) >> 10U));
        p = put_u_escape(p, 0xDC00U + ((cp - 0x10000U) & 0x3FFU));
      } else {
        p = put_u_escape(p, cp);
      }
      continue;
    }
    ++in;
    if (is_plain_byte(byte)) {
      *p++ = static_cast<char>(byte);
      continue;
    }
    switch (byte) {
      case '"': *p++ = '\\'; *p++ = '"'; break;
      case '\\': *p++ = '\\'; *p++ = '\\'; break;
      case '\b': *p++ = '\\'; *p++ = 'b'; break;
      case '\t': *p++ = '\\'; *p++ = 't'; break;
      case '\n': *p++ = '\\'; *p++ = 'n'; break;
      case '\f': *p++ = '\\'; *p++ = 'f'; break;
      case '\r': *p++ = '\\'; *p++ = 'r'; break;
      default: p = put_u_escape(p, byte);
    }
  }
  *p++ = '"';
  done(p, true);
}

}  // namespace brightpath::json
