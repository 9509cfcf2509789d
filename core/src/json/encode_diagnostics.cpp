#include <boost/json.hpp>

#include "brightpath/plan_json.hpp"
#include "json/diagnostic_json.hpp"

namespace brightpath {

std::string encode_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  const boost::json::object out{{"summary", json::summary_json(count_diagnostics(diagnostics))},
                                {"diagnostics", json::diagnostic_list_json(diagnostics)}};
  return boost::json::serialize(out);
}

}  // namespace brightpath
