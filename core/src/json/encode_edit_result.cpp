#include <boost/json.hpp>

#include "brightpath/edit_json.hpp"
#include "json/diagnostic_json.hpp"

namespace brightpath {

std::string encode_edit_result(const EditResult& result) {
  const boost::json::object out{{"ok", result.ok()},
                                {"error", boost::json::string_view(result.error.data(), result.error.size())},
                                {"added", json::diagnostic_list_json(result.added)},
                                {"removed", json::diagnostic_list_json(result.removed)},
                                {"summary", json::summary_json(result.counts)}};
  return boost::json::serialize(out);
}

}  // namespace brightpath
