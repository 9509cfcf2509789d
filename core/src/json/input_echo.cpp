#include "json/input_echo.hpp"

#include <cstdio>

#include "json/text_rules.hpp"

namespace brightpath::json {
namespace {

std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0U) return 4;
  if (lead >= 0xE0U) return 3;
  if (lead >= 0xC0U) return 2;
  return 1;
}

char32_t code_point(std::string_view bytes) {
  const auto lead = static_cast<unsigned char>(bytes[0]);
  if (bytes.size() == 1) return lead;
  char32_t cp = lead & (0xFFU >> (bytes.size() + 1));
  for (std::size_t k = 1; k < bytes.size(); ++k) cp = (cp << 6U) | (static_cast<unsigned char>(bytes[k]) & 0x3FU);
  return cp;
}

// Appends `text` cut and escaped; `escape_quotes` for quoted strings, whose quotes and
// backslashes are escaped as in JSON (path tokens keep theirs).
template <class AppendPlain>
void append_echo(std::string& out, std::string_view text, AppendPlain&& append_plain) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (chars == kEchoChars) {
      out += "…";
      return;
    }
    std::size_t n = sequence_length(static_cast<unsigned char>(text[i]));
    if (i + n > text.size()) n = 1;  // malformed UTF-8: never read past the end
    const std::string_view bytes = text.substr(i, n);
    const char32_t cp = code_point(bytes);
    if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (is_disallowed_in_text(cp)) {
      char escape[16];
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(cp));
      out += escape;
    } else {
      append_plain(out, bytes);
    }
    i += n;
    ++chars;
  }
}

}  // namespace

std::string quote(std::string_view text) {
  std::string out = "\"";
  append_echo(out, text, [](std::string& o, std::string_view bytes) {
    if (bytes[0] == '"' || bytes[0] == '\\') o += '\\';
    o += bytes;
  });
  out += '"';
  return out;
}

void append_pointer_token(std::string& path, std::string_view key) {
  path += '/';
  append_echo(path, key, [](std::string& o, std::string_view bytes) {
    if (bytes[0] == '~') {
      o += "~0";
    } else if (bytes[0] == '/') {
      o += "~1";
    } else {
      o += bytes;
    }
  });
}

}  // namespace brightpath::json
