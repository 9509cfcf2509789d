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

// boost::json::parse, plus whether some object in the text may have had a key more than once
// (always so when one did; see CountingBuilder in the .cpp for when it cannot tell). One pass
// over the text: each key is compared with the keys before it in its object.
boost::json::value parse_noting_repeats(std::string_view text, const boost::json::storage_ptr& storage,
                                        const boost::json::parse_options& options, bool& repeated,
                                        boost::json::error_code& ec);

// The first duplicate key of an already well-formed document, if any: a second, slower pass
// that knows where it is, run only once parse_noting_repeats has found a repeat.
std::optional<DuplicateKey> find_duplicate_key(std::string_view text, const boost::json::parse_options& options);

}  // namespace brightpath::json
