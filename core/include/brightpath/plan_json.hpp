// The plan document's JSON form: decoding (the reference decoder every host trusts) and
// encoding. The published JSON Schema (schema/plan.schema.json) describes the same format;
// tests keep the two in agreement.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "brightpath/plan.hpp"

namespace brightpath {

struct DecodeError {
  std::string path;     // JSON Pointer, e.g. "/students/2/day/end"; "" for the whole document
  std::string message;  // what is wrong and what was expected
  // "path: message", or just the message when the path is "" (hosts print errors this way).
  [[nodiscard]] std::string text() const;
  bool operator==(const DecodeError&) const = default;
};

// A decoded value or the reasons it could not be decoded (never both).
template <class T>
struct Decoded {
  std::optional<T> value;
  std::vector<DecodeError> errors;
  [[nodiscard]] bool ok() const { return value.has_value(); }
};

// Never throws on bad input and never crashes or hangs: malformed JSON, wrong types,
// unknown fields, out-of-range values, duplicate ids and size limits all come back as
// errors naming the JSON path.
Decoded<Plan> decode_plan(std::string_view json, const PlanLimits& limits = {});

// Canonical JSON (fields in schema order, absent optionals omitted). decode(encode(p)) == p.
std::string encode_plan(const Plan& plan);

// Diagnostics as JSON: {"summary":{"errors":N,"warnings":N,"infos":N},"diagnostics":[...]}.
// The shape is documented in docs/diagnostics-json.md and shared by the CLI, WASM and API.
std::string encode_diagnostics(const std::vector<Diagnostic>& diagnostics);

// The rule catalogue as JSON: [{"code","severity","summary"}, ...] in the catalogue's order.
std::string encode_rule_catalogue(const std::vector<RuleDescription>& rules);

// The answers a host gives when it cannot give the one asked for: the decoder's errors as
// {"errors":[{"path":"...","message":"..."}]} and an internal failure as {"message":"..."}.
// Like every encoder here they write through the one JSON writer, so a text comes out with
// the same escapes whichever answer carries it (pure ASCII; docs/diagnostics-json.md).
std::string encode_decode_errors(const std::vector<DecodeError>& errors);
std::string encode_error_message(std::string_view message);

}  // namespace brightpath
