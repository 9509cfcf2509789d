// The last word on a returned week: full validation, run so the solve's time budget and
// cancel can stop it on a plan too large to check in time.
#pragma once

#include <optional>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "brightpath/plan.hpp"

namespace brightpath::solver {

class SearchControl;

// Exactly validate(plan) (the same rules over the same scopes, sorted the same way), or
// nothing when the control stopped it part way.
std::optional<std::vector<Diagnostic>> check_week(const Plan& plan, SearchControl& control);

}  // namespace brightpath::solver
