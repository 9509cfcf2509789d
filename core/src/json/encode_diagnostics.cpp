#include "brightpath/plan_json.hpp"
#include "json/diagnostic_json.hpp"

namespace brightpath {

std::string encode_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  json::JsonWriter out(64 + json::kDiagnosticJsonBytes * diagnostics.size());
  out.begin_object();
  out.key("summary");
  json::write_summary(out, count_diagnostics(diagnostics));
  out.key("diagnostics");
  json::write_diagnostic_list(out, diagnostics);
  out.end_object();
  return out.take();
}

}  // namespace brightpath
