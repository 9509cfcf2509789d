// Finding a member written twice in one object. Boost.JSON keeps the last of duplicate keys
// silently; in a plan that means a typo-free but repeated field quietly overrides the first,
// which the format promises never happens ("a typo never silently does nothing").
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace brightpath::json {

struct DuplicateKey {
  std::string path;  // JSON Pointer of the second occurrence
  std::string key;
};

// The first duplicate key of an already well-formed document, if any.
std::optional<DuplicateKey> find_duplicate_key(std::string_view text, const boost::json::parse_options& options);

}  // namespace brightpath::json
