#include "json/parse_document.hpp"

#include "json/document_builder.hpp"
#include "json/text_scan.hpp"

#include <boost/json/parse_options.hpp>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>

namespace brightpath::json {
namespace {

boost::json::parse_options options_for(const PlanLimits& limits) {
  boost::json::parse_options options;
  options.max_depth = static_cast<std::size_t>(std::max(limits.max_depth, 1));
  return options;
}

// Columns count characters, not bytes, so they match what an editor shows for non-ASCII text.
std::string position(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++line;
      column = 1;
    } else if ((byte & 0xC0U) != 0x80U) {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string unexpected_byte(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return "the document ends too early; expected the rest of the JSON value";
  const auto byte = static_cast<unsigned char>(text[offset]);
  const bool after_lead = offset > 0 && static_cast<unsigned char>(text[offset - 1]) >= 0xC0U;
  if (byte >= 0x80U || after_lead) return "invalid UTF-8 text; expected UTF-8 encoded JSON";
  if (byte < 0x20U || byte == 0x7FU) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", byte);
    return std::string("unexpected control character ") + hex +
           "; expected valid JSON (inside strings write it as an escape such as \\n)";
  }
  return std::string("unexpected '") + static_cast<char>(byte) +
         "'; expected valid JSON (check for a missing comma, quote, colon or bracket)";
}

std::string describe_error(std::string_view text, std::size_t offset,
                           const boost::json::error_code& ec, int max_depth) {
  using boost::json::error;
  if (ec == error::incomplete || offset >= text.size()) {
    return "the document ends too early (truncated?); expected the rest of the JSON value";
  }
  if (ec == error::extra_data) {
    return "unexpected text after the end of the document; expected a single JSON value";
  }
  if (ec == error::too_deep) {
    return "arrays and objects are nested more than " + std::to_string(max_depth) +
           " levels deep; expected at most " + std::to_string(max_depth);
  }
  if (ec == error::exponent_overflow) return "a number is too large; expected a plain number";
  if (ec == error::illegal_leading_surrogate || ec == error::illegal_trailing_surrogate ||
      ec == error::expected_hex_digit || ec == error::expected_utf16_escape) {
    return "invalid \\u escape; expected \\u and four hex digits (surrogates in pairs)";
  }
  if (ec == error::syntax) return unexpected_byte(text, offset);
  return ec.message() + "; expected valid JSON";
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The UTF-16 code unit of a `\uXXXX` escape at text[at], if there is one there.
std::optional<unsigned> escape_at(std::string_view text, std::size_t at) {
  if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return std::nullopt;
  unsigned unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    const int digit = hex_value(text[i]);
    if (digit < 0) return std::nullopt;
    unit = unit * 16 + static_cast<unsigned>(digit);
  }
  return unit;
}

bool is_high_surrogate(std::optional<unsigned> unit) { return unit && *unit >= 0xD800U && *unit <= 0xDBFFU; }
bool is_low_surrogate(std::optional<unsigned> unit) { return unit && *unit >= 0xDC00U && *unit <= 0xDFFFU; }

// The offset of an unpaired surrogate escape ("\ud800" not followed by a "\udc00"-"\udfff"
// one, or such a low one alone) at which the parser stopped at `offset`, if that is why it
// stopped. The parser has accepted everything before `offset`, so a backslash there preceded by
// an even number of backslashes starts an escape inside a string.
std::optional<std::size_t> unpaired_surrogate(std::string_view text, std::size_t offset) {
  constexpr std::size_t kReach = 12;  // the failing byte is at most a pair's length after it
  for (std::size_t at = offset > kReach ? offset - kReach : 0; at <= offset && at < text.size(); ++at) {
    const auto unit = escape_at(text, at);
    if (!is_high_surrogate(unit) && !is_low_surrogate(unit)) continue;
    std::size_t backslashes = 0;
    while (backslashes < at && text[at - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 != 0) continue;
    const bool paired = is_high_surrogate(unit) ? is_low_surrogate(escape_at(text, at + 6))
                                                : at >= 6 && is_high_surrogate(escape_at(text, at - 6));
    if (!paired) return at;
  }
  return std::nullopt;
}

std::string unpaired_surrogate_message(std::string_view text, std::size_t at, bool in_key) {
  std::string message = "malformed JSON at " + position(text, at) + ": ";
  message += in_key ? "a member name has " : "";
  message += "an unpaired UTF-16 surrogate escape ";
  message += text.substr(at, 6);
  message += "; expected a \\ud800-\\udbff escape followed by a \\udc00-\\udfff one, or the character "
             "itself in UTF-8";
  return message;
}

// Text in UTF-16 (as some Windows editors save "Unicode" files) reaches the parser as NUL
// bytes between the characters; saying so beats "control character 0x00". JSON text starts
// with an ASCII character, so one NUL among the first two bytes means UTF-16 (or UTF-32).
bool has_utf16_bom(std::string_view text) {
  return text.size() >= 2 &&
         ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'));
}
bool looks_like_utf16(std::string_view text) {
  return has_utf16_bom(text) || (text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0'));
}

// The error paths, out of line and marked cold, so the path every valid document takes
// stays as small as it was.
[[gnu::noinline, gnu::cold]] void report_utf16(JsonReader& reader, std::string_view text) {
  const std::string expected = "; expected UTF-8 encoded JSON (save the file as UTF-8)";
  reader.fail_at("", has_utf16_bom(text)
                         ? "the document is UTF-16 text (it starts with a UTF-16 byte order mark)" + expected
                         : "the document looks like UTF-16 text (every other byte is 0x00)" + expected);
}

[[gnu::noinline, gnu::cold]] void report_malformed(JsonReader& reader, std::string_view text,
                                                   const boost::json::error_code& ec,
                                                   const boost::json::parse_options& options) {
  const std::size_t offset = error_offset(text, options);
  using boost::json::error;
  if (ec == error::syntax || ec == error::illegal_leading_surrogate || ec == error::illegal_trailing_surrogate) {
    if (const auto at = unpaired_surrogate(text, offset)) {
      // Named by the string's path, as a wrong value would be: the text cannot be decoded,
      // but the path still says which name to fix.
      const TextPosition where = position_at(text, *at, options);
      reader.fail_at(where.path, unpaired_surrogate_message(text, *at, where.in_key));
      return;
    }
  }
  reader.fail_at("", "malformed JSON at " + position(text, offset) + ": " +
                         describe_error(text, offset, ec, static_cast<int>(options.max_depth)));
}

bool blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

std::optional<Value> parse_document(JsonReader& reader, std::string_view text, const PlanLimits& limits,
                                    DocumentArena& arena) {
  if (text.size() > limits.max_document_bytes) {
    reader.fail_at("", "the document is " + std::to_string(text.size()) +
                           " bytes, more than the limit; expected at most " +
                           std::to_string(limits.max_document_bytes) + " bytes");
    return std::nullopt;
  }
  // Editors on Windows write a UTF-8 byte order mark; it is not part of the JSON (RFC 8259
  // allows a parser to ignore it), so it is skipped. Line and column count from after it.
  constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  if (looks_like_utf16(text)) {
    report_utf16(reader, text);
    return std::nullopt;
  }
  if (blank(text)) {
    reader.fail_at("", "the document is empty; expected a JSON object");
    return std::nullopt;
  }
  const boost::json::parse_options options = options_for(limits);
  boost::json::error_code ec;
  bool repeated = false;
  const Value value = build_document(text, arena, options, repeated, ec);
  if (!ec) {
    // Reported, but decoding goes on (with the last occurrence) so other problems show too.
    if (auto duplicate = repeated ? find_duplicate_key(text, options) : std::nullopt) {
      reader.fail_at(duplicate->path, quote(duplicate->key) + " appears more than once in this object; expected "
                                                              "each field once");
    }
    return value;
  }
  report_malformed(reader, text, ec, options);
  return std::nullopt;
}

}  // namespace brightpath::json
