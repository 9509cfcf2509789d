#include "http/json_body.hpp"

#include <algorithm>
#include <charconv>

#include "services/api_error.hpp"

namespace brightpath::server::http {
namespace {
ApiError invalid(std::string_view field, const std::string& message) {
  return ApiError(400, "invalid_request", std::string(field) + ": " + message,
                  boost::json::object{{"field", std::string(field)}});
}
}  // namespace

boost::json::object parse_object(const std::string& body, std::initializer_list<std::string_view> allowed_fields) {
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(body, ec);
  if (ec) throw ApiError(400, "malformed_json", "the request body is not valid JSON: " + ec.message());
  if (!v.is_object()) throw ApiError(400, "invalid_request", "the request body must be a JSON object");
  for (const auto& [key, value] : v.as_object()) {
    if (std::find(allowed_fields.begin(), allowed_fields.end(), std::string_view(key)) == allowed_fields.end()) {
      throw ApiError(400, "unknown_field", "unknown field \"" + std::string(key) + "\"",
                     boost::json::object{{"field", std::string(key)}});
    }
  }
  return std::move(v.as_object());
}

const boost::json::value& required_field(const boost::json::object& o, std::string_view field) {
  const auto* v = o.if_contains(field);
  if (v == nullptr) throw invalid(field, "required");
  return *v;
}

std::string required_string(const boost::json::object& o, std::string_view field, std::size_t max_length) {
  const auto& v = required_field(o, field);
  if (!v.is_string()) throw invalid(field, "expected a string");
  const auto& s = v.as_string();
  if (s.size() > max_length) throw invalid(field, "at most " + std::to_string(max_length) + " bytes");
  return std::string(s);
}

std::string required_name(const boost::json::object& o, std::string_view field, std::size_t max_length) {
  std::string s = required_string(o, field, max_length);
  if (s.find_first_not_of(" \t\r\n") == std::string::npos) throw invalid(field, "must not be blank");
  return s;
}

int if_match_version(const std::optional<std::string>& header) {
  if (!header) {
    throw ApiError(428, "precondition_required", "send If-Match with the version this save is based on (the ETag you read)");
  }
  std::string_view text = *header;
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
  int version = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), version);
  if (ec != std::errc() || end != text.data() + text.size() || version < 1) {
    throw ApiError(400, "invalid_request", "If-Match: expected a plan version such as \"3\"",
                   boost::json::object{{"field", "If-Match"}});
  }
  return version;
}

std::string etag(int version) {
  std::string tag = std::to_string(version);
  tag.insert(tag.begin(), '"');  // not "\"" + ...: GCC 12 warns falsely (-Wrestrict) on that
  tag.push_back('"');
  return tag;
}

}  // namespace brightpath::server::http
