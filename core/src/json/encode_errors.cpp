// The answers for a document that did not decode and for an internal failure, written by the
// same writer as every other answer (docs/diagnostics-json.md, "Errors").
#include "brightpath/plan_json.hpp"
#include "json/json_writer.hpp"

namespace brightpath {

std::string encode_decode_errors(const std::vector<DecodeError>& errors) {
  json::JsonWriter out(32 + 128 * errors.size());
  out.begin_object();
  out.key("errors");
  out.begin_array();
  for (const DecodeError& e : errors) {
    out.begin_object();
    out.key("path");
    out.string(e.path);
    out.key("message");
    out.string(e.message);
    out.end_object();
  }
  out.end_array();
  out.end_object();
  return out.take();
}

std::string encode_error_message(std::string_view message) {
  json::JsonWriter out(16 + message.size());
  out.begin_object();
  out.key("message");
  out.string(message);
  out.end_object();
  return out.take();
}

}  // namespace brightpath
