// The solver's result as JSON for JavaScript, in the same shape as `brightpath solve --json`
// (cli/solve_command.cpp): {status, score, breakdown, statistics, unplaced, explanations,
// plan}. Kept next to the bindings because the core has no solve codec yet.
#pragma once

#include <string>

#include "brightpath/solve.hpp"

namespace brightpath::wasm {

std::string encode_solve_result(const SolveResult& result);

}  // namespace brightpath::wasm
