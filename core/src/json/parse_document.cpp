#include "json/parse_document.hpp"

#include "json/document_builder.hpp"
#include "json/text_scan.hpp"

#include <boost/json/parse_options.hpp>
#include <algorithm>
#include <cstdio>
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
  const std::size_t offset = error_offset(text, options);
  reader.fail_at("", "malformed JSON at " + position(text, offset) + ": " +
                         describe_error(text, offset, ec, static_cast<int>(options.max_depth)));
  return std::nullopt;
}

}  // namespace brightpath::json
