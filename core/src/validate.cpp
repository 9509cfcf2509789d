#include "brightpath/validate.hpp"

#include "check_every_scope.hpp"
#include "diagnostic_budget.hpp"
#include "model.hpp"
#include "rules/catalogue.hpp"

namespace brightpath {

std::vector<Diagnostic> validate(const Plan& plan, std::size_t max_per_code) {
  const detail::Model model = detail::build_model(plan);
  std::vector<Diagnostic> found;
  // Roughly one information line per course and child; saves regrowing a large vector.
  found.reserve(plan.placements.size() / 2 + plan.courses.size() * 2 + plan.students.size() * 2 + 16);
  detail::DiagnosticBudget budget(max_per_code);
  detail::Out out(found, &budget);
  // The order diagnostics are produced in does not matter to the result (beyond which of a
  // code are listed, see the budget): they are sorted by a total order at the end.
  detail::check_every_scope(model, out, [] { return true; });
  budget.append_summaries(found);
  sort_diagnostics(found);
  return found;
}

const std::vector<RuleDescription>& rule_catalogue() {
  // A code checked on several scopes (unknown-reference) has several rules: described once.
  static const std::vector<RuleDescription> kCatalogue = [] {
    std::vector<RuleDescription> out;
    for (const detail::Rule& rule : detail::catalogue_rules()) {
      bool seen = false;
      for (const auto& d : out) seen = seen || d.code == rule.code;
      if (!seen) out.push_back({rule.code, detail::severity_of(rule.code), rule.summary});
    }
    return out;
  }();
  return kCatalogue;
}

}  // namespace brightpath
