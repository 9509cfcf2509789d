// `brightpath solve --seeds N`: N solves of the same plan with seeds S, S+1, ... S+N-1, on
// as many threads (the core has no threads of its own; the CLI host runs them), keeping
// the best result. Each solve gets the whole time budget, so N seeds on N cores take as
// long as one.
#pragma once

#include "brightpath/solve.hpp"

namespace brightpath::cli {

// Better first: feasible, then fewest sessions unplaced (the hard score), then the lowest
// soft score, then the lowest seed (so the choice is reproducible).
bool better_result(const SolveResult& a, const SolveResult& b);

SolveResult solve_seeds(const Plan& plan, const SolveOptions& options, int seeds);

}  // namespace brightpath::cli
