#include "brightpath/validate.hpp"

#include "model.hpp"
#include "rules/rules.hpp"

namespace brightpath {

std::vector<Diagnostic> validate(const Plan& plan) {
  const detail::Model model = detail::build_model(plan);
  std::vector<Diagnostic> out;
  // Roughly one information line per course and child; saves regrowing a large vector.
  out.reserve(plan.placements.size() / 2 + plan.courses.size() * 2 + plan.students.size() * 2 + 16);
  for (const auto& rule : detail::rules()) {
    const int n = detail::scope_count(model, rule.scope);
    for (int i = 0; i < n; ++i) {
      if (rule.scope == detail::Scope::lesson && !model.lessons[i].alive) continue;
      rule.check(model, i, out);
    }
  }
  sort_diagnostics(out);
  return out;
}

}  // namespace brightpath
