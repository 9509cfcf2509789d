#include "brightpath/validate.hpp"

#include "model.hpp"
#include "rules/rules.hpp"

namespace brightpath {

std::vector<Diagnostic> validate(const Plan& plan) {
  const detail::Model model = detail::build_model(plan);
  std::vector<Diagnostic> out;
  // Roughly one information line per course and child; saves regrowing a large vector.
  out.reserve(plan.placements.size() / 2 + plan.courses.size() * 2 + plan.students.size() * 2 + 16);
  // Each scope once, with all of its rules; the order diagnostics are produced in does not
  // matter, as they are sorted by a total order at the end.
  for (int kind = 0; kind < detail::kScopeKinds; ++kind) {
    const auto scope = static_cast<detail::Scope>(kind);
    const int n = detail::scope_count(model, scope);
    for (int i = 0; i < n; ++i) {
      if (scope == detail::Scope::lesson && !model.lessons[i].alive) continue;
      detail::check_scope(model, scope, i, out);
    }
  }
  sort_diagnostics(out);
  return out;
}

}  // namespace brightpath
