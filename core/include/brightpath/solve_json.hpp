// The solver's result as JSON, one shape for every host: `brightpath solve --json` prints it
// and the WebAssembly package returns it (docs/solver.md):
// {status, score, breakdown, statistics, unplaced, explanations, plan}.
#pragma once

#include <string>

#include "brightpath/solve.hpp"

namespace brightpath {

// Compact; `plan` is encode_plan's canonical text, or null when the status is "invalid".
std::string encode_solve_result(const SolveResult& result);

}  // namespace brightpath
