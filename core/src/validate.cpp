#include "brightpath/validate.hpp"

#include <array>

#include "model.hpp"
#include "rules/rules.hpp"

namespace brightpath {
namespace {

// The catalogue's checks grouped by scope kind, in catalogue order within a kind. Full
// validation walks each scope once and runs all of its checks there, instead of walking
// every scope once per rule. The order diagnostics are produced in does not matter: they
// are sorted by a total order at the end.
using ChecksByScope = std::array<std::vector<detail::CheckFn>, detail::kScopeKinds>;

const ChecksByScope& checks_by_scope() {
  static const ChecksByScope kChecks = [] {
    ChecksByScope out;
    for (const auto& rule : detail::rules()) out[static_cast<std::size_t>(rule.scope)].push_back(rule.check);
    return out;
  }();
  return kChecks;
}

}  // namespace

std::vector<Diagnostic> validate(const Plan& plan) {
  const detail::Model model = detail::build_model(plan);
  std::vector<Diagnostic> out;
  // Roughly one information line per course and child; saves regrowing a large vector.
  out.reserve(plan.placements.size() / 2 + plan.courses.size() * 2 + plan.students.size() * 2 + 16);
  const ChecksByScope& checks = checks_by_scope();
  for (std::size_t kind = 0; kind < checks.size(); ++kind) {
    const auto scope = static_cast<detail::Scope>(kind);
    const int n = detail::scope_count(model, scope);
    for (int i = 0; i < n; ++i) {
      if (scope == detail::Scope::lesson && !model.lessons[i].alive) continue;
      for (const detail::CheckFn check : checks[kind]) check(model, i, out);
    }
  }
  sort_diagnostics(out);
  return out;
}

}  // namespace brightpath
