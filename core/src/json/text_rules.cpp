#include "json/text_rules.hpp"

#include <algorithm>
#include <cstdio>

namespace brightpath::json {
namespace {

// The code point of the UTF-8 sequence starting at text[i] and its length; a malformed
// sequence (never produced by the parser) counts as one byte and U+FFFD.
char32_t decode_at(std::string_view text, std::size_t i, std::size_t& length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned lead = byte(i);
  std::size_t n = 1;
  char32_t cp = lead;
  if (lead >= 0xF0U) {
    n = 4;
    cp = lead & 0x07U;
  } else if (lead >= 0xE0U) {
    n = 3;
    cp = lead & 0x0FU;
  } else if (lead >= 0xC0U) {
    n = 2;
    cp = lead & 0x1FU;
  } else if (lead >= 0x80U) {
    length = 1;
    return 0xFFFD;
  }
  if (i + n > text.size()) {
    length = 1;
    return 0xFFFD;
  }
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6U) | (byte(i + k) & 0x3FU);
  length = n;
  return cp;
}

}  // namespace

bool is_disallowed_in_text(char32_t c) {
  return std::any_of(kDisallowedInText.begin(), kDisallowedInText.end(),
                     [c](const CodePointRange& r) { return c >= r.first && c <= r.last; });
}

std::string code_point_label(char32_t c) {
  const char* name = nullptr;
  switch (c) {
    case 0x00: name = "null character"; break;
    case 0x09: name = "tab"; break;
    case 0x0A: name = "line feed (new line)"; break;
    case 0x0D: name = "carriage return"; break;
    case 0x1B: name = "escape"; break;
    case 0x7F: name = "delete"; break;
    case 0x061C: name = "Arabic letter mark"; break;
    case 0x200E: name = "left-to-right mark"; break;
    case 0x200F: name = "right-to-left mark"; break;
    case 0x202A: name = "left-to-right embedding"; break;
    case 0x202B: name = "right-to-left embedding"; break;
    case 0x202C: name = "pop directional formatting"; break;
    case 0x202D: name = "left-to-right override"; break;
    case 0x202E: name = "right-to-left override"; break;
    case 0x2066: name = "left-to-right isolate"; break;
    case 0x2067: name = "right-to-left isolate"; break;
    case 0x2068: name = "first strong isolate"; break;
    case 0x2069: name = "pop directional isolate"; break;
    default: name = is_disallowed_in_text(c) ? "control character" : nullptr;
  }
  char label[16];
  std::snprintf(label, sizeof label, "U+%04X", static_cast<unsigned>(c));
  std::string out = label;
  if (name != nullptr) {
    out += ' ';
    out += name;
  }
  return out;
}

std::string not_allowed_message(char32_t code_point, std::string_view what) {
  return code_point_label(code_point) + " is not allowed in " + std::string(what) +
         "; expected printable text without control or text-direction characters";
}

TextScan scan_text(std::string_view text) {
  // First one branch-free pass (the compiler vectorizes it natively), as counting alone was:
  // it counts the characters and notes whether any byte is a control or not ASCII. Only such
  // text, rare in names and ids, is decoded character by character below.
  std::size_t chars = 0;
  bool suspect = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    chars += (byte & 0xC0U) != 0x80U ? 1U : 0U;
    suspect |= (byte < 0x20U) | (byte >= 0x7FU);
  }
  if (!suspect) return {chars, std::nullopt};
  TextScan scan;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    ++scan.chars;
    if (lead < 0x80U) {  // ASCII, the common case: no decoding
      if (lead < 0x20U || lead == 0x7FU) {
        scan.disallowed = lead;
        return scan;
      }
      ++i;
      continue;
    }
    std::size_t length = 1;
    const char32_t cp = decode_at(text, i, length);
    if (is_disallowed_in_text(cp)) {
      scan.disallowed = cp;
      return scan;
    }
    i += length;
  }
  return scan;
}

}  // namespace brightpath::json
