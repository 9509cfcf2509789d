// Full validation of a plan: every rule of the catalogue, diagnostics in display order.
#pragma once

#include <string_view>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "brightpath/plan.hpp"

namespace brightpath {

std::vector<Diagnostic> validate(const Plan& plan);

// The rule catalogue (hard rules first), as hosts and docs list it.
struct RuleDescription {
  std::string_view code;
  Severity severity;
  std::string_view summary;  // one line for parents: what the rule protects
};
const std::vector<RuleDescription>& rule_catalogue();

}  // namespace brightpath
