#include "brightpath/plan_json.hpp"
#include "json/json_writer.hpp"

namespace brightpath {

std::string encode_rule_catalogue(const std::vector<RuleDescription>& rules) {
  json::JsonWriter out(128 * rules.size() + 2);
  out.begin_array();
  for (const RuleDescription& rule : rules) {
    out.begin_object();
    out.key("code");
    out.word(rule.code);
    out.key("severity");
    out.word(severity_name(rule.severity));
    out.key("summary");
    out.string(rule.summary);
    out.end_object();
  }
  out.end_array();
  return out.take();
}

}  // namespace brightpath
