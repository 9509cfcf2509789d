#include "week_check.hpp"

#include "brightpath/validate.hpp"
#include "check_every_scope.hpp"
#include "diagnostic_budget.hpp"
#include "model.hpp"
#include "search_control.hpp"

namespace brightpath::solver {

// A scope's rules cost from a hundred nanoseconds to a few microseconds; counted as this
// many units, the clock is read every few hundred scopes.
constexpr std::int64_t kUnitsPerScope = 16;

std::optional<std::vector<Diagnostic>> check_week(const Plan& plan, SearchControl& control) {
  // validate()'s loop (check_every_scope.hpp) with a stop check per scope; the week-check
  // test holds the two equal.
  // Not started when it cannot finish in time: building the model of a week at the
  // decoder's limits alone takes tens of milliseconds.
  if (!control.can_check(static_cast<std::int64_t>(plan.placements.size() + plan.courses.size() + plan.students.size()))) {
    return std::nullopt;
  }
  const detail::Model model = detail::build_model(plan);
  std::vector<Diagnostic> out;
  detail::DiagnosticBudget budget(kMaxDiagnosticsPerCode);  // as validate() lists them
  detail::Out into(out, &budget);
  if (!detail::check_every_scope(model, into, [&control] { return control.work(kUnitsPerScope); })) {
    return std::nullopt;
  }
  budget.append_summaries(out);
  sort_diagnostics(out);
  return out;
}

}  // namespace brightpath::solver
