// Reading JSON request bodies strictly: malformed JSON, a non-object, a missing or mistyped
// field and an unknown field each answer 400 naming the field.
#pragma once

#include <boost/json.hpp>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace brightpath::server::http {

boost::json::object parse_object(const std::string& body, std::initializer_list<std::string_view> allowed_fields);
std::string required_string(const boost::json::object& o, std::string_view field, std::size_t max_length = 200);
// A name: 1..max_length characters after trimming nothing (blank names are refused).
std::string required_name(const boost::json::object& o, std::string_view field, std::size_t max_length = 120);
const boost::json::value& required_field(const boost::json::object& o, std::string_view field);
// The version number in an If-Match header ("3" or "\"3\""); 428 when absent, 400 when not one.
int if_match_version(const std::optional<std::string>& header);
std::string etag(int version);

}  // namespace brightpath::server::http
