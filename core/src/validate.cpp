#include "brightpath/validate.hpp"

#include "diagnostic_budget.hpp"
#include "model.hpp"
#include "rules/rules.hpp"

namespace brightpath {

std::vector<Diagnostic> validate(const Plan& plan, std::size_t max_per_code) {
  const detail::Model model = detail::build_model(plan);
  std::vector<Diagnostic> found;
  // Roughly one information line per course and child; saves regrowing a large vector.
  found.reserve(plan.placements.size() / 2 + plan.courses.size() * 2 + plan.students.size() * 2 + 16);
  detail::DiagnosticBudget budget(max_per_code);
  detail::Out out(found, &budget);
  // Each scope once, with all of its rules, in scan order (the budget keeps the first of each
  // code in that order, as a session does); the list is sorted by a total order at the end.
  for (int kind = 0; kind < detail::kScopeKinds; ++kind) {
    const auto scope = static_cast<detail::Scope>(kind);
    const int n = detail::scope_count(model, scope);
    for (int i = 0; i < n; ++i) {
      if (scope == detail::Scope::lesson && !model.lessons[i].alive) continue;
      detail::check_scope(model, scope, i, out);
    }
  }
  budget.append_summaries(found);
  sort_diagnostics(found);
  return found;
}

}  // namespace brightpath
