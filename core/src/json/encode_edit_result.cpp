#include "brightpath/edit_json.hpp"
#include "json/diagnostic_json.hpp"

namespace brightpath {

std::string encode_edit_result(const EditResult& result) {
  json::JsonWriter out(128 + json::kDiagnosticJsonBytes * (result.added.size() + result.removed.size()));
  out.begin_object();
  out.key("ok");
  out.boolean(result.ok());
  out.key("error");
  out.string(result.error);
  out.key("added");
  json::write_diagnostic_list(out, result.added);
  out.key("removed");
  json::write_diagnostic_list(out, result.removed);
  out.key("summary");
  json::write_summary(out, result.counts);
  out.end_object();
  return out.take();
}

}  // namespace brightpath
