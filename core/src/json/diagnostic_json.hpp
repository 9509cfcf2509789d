// One diagnostic and a summary as JSON values (docs/diagnostics-json.md), shared by the
// diagnostics list and the edit result so the two can never describe a diagnostic differently.
#pragma once

#include <boost/json.hpp>
#include <vector>

#include "brightpath/diagnostic.hpp"

namespace brightpath::json {

boost::json::object diagnostic_json(const Diagnostic& diagnostic);
boost::json::array diagnostic_list_json(const std::vector<Diagnostic>& diagnostics);
boost::json::object summary_json(const DiagnosticCounts& counts);

}  // namespace brightpath::json
