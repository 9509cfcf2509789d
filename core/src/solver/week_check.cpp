#include "week_check.hpp"

#include "model.hpp"
#include "rules/rules.hpp"
#include "search_control.hpp"

namespace brightpath::solver {

// A scope's rules cost from a hundred nanoseconds to a few microseconds; counted as this
// many units, the clock is read every few hundred scopes.
constexpr std::int64_t kUnitsPerScope = 16;

std::optional<std::vector<Diagnostic>> check_week(const Plan& plan, SearchControl& control) {
  // The loop of validate() (validate.cpp) with a stop check per scope: the rules and their
  // order stay in one place, the catalogue; the week-check test holds the two equal.
  // Not started when it cannot finish in time: building the model of a week at the
  // decoder's limits alone takes tens of milliseconds.
  if (!control.can_check(static_cast<std::int64_t>(plan.placements.size() + plan.courses.size() + plan.students.size()))) {
    return std::nullopt;
  }
  const detail::Model model = detail::build_model(plan);
  std::vector<Diagnostic> out;
  for (int kind = 0; kind < detail::kScopeKinds; ++kind) {
    const auto scope = static_cast<detail::Scope>(kind);
    const int n = detail::scope_count(model, scope);
    for (int i = 0; i < n; ++i) {
      if (!control.work(kUnitsPerScope)) return std::nullopt;
      if (scope == detail::Scope::lesson && !model.lessons[static_cast<std::size_t>(i)].alive) continue;
      detail::check_scope(model, scope, i, out);
    }
  }
  sort_diagnostics(out);
  return out;
}

}  // namespace brightpath::solver
