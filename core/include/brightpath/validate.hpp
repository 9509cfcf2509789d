// Full validation of a plan: every rule of the catalogue, diagnostics in display order.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "brightpath/plan.hpp"

namespace brightpath {

// At most this many diagnostics of each code are listed; a code with more ends with one
// summary entry that counts the rest (Diagnostic::omitted), so the list stays readable and
// its size bounded whatever the plan, while count_diagnostics() stays exact.
inline constexpr std::size_t kMaxDiagnosticsPerCode = 100;

// Which of a code's findings are listed when it has more: the first in the plan's order
// (courses and commitments, then lessons in document order, then each child's, adult's and
// thing's days, then courses and children's weeks), the same in a ValidationSession.
std::vector<Diagnostic> validate(const Plan& plan, std::size_t max_per_code = kMaxDiagnosticsPerCode);

// The rule catalogue (hard rules first), as hosts and docs list it (RuleDescription is in
// diagnostic.hpp, so the JSON codec can write it without depending on validation).
const std::vector<RuleDescription>& rule_catalogue();

}  // namespace brightpath
