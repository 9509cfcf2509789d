// Why a week cannot be complete, read off the constraint structure alone (no search):
// necessary conditions per guardian, resource, child and course, each worded for parents.
// Every explanation here is a proof: if one fires, no complete valid week exists (except
// `course-days-too-few`, which proves an unavoidable warning, not an error).
#pragma once

#include <vector>

#include "brightpath/solve.hpp"
#include "problem.hpp"

namespace brightpath::solver {

class SearchControl;

// With a control, each guardian, resource, child and course counts as work, and the list
// stops where the control says (time spent or cancelled).
std::vector<Explanation> explain_structure(const Problem& problem, SearchControl* control = nullptr);

// Whether an explanation of explain_structure proves that no complete valid week exists
// (all but `course-days-too-few`, which proves only an unavoidable warning).
bool proves_no_complete_week(const Explanation& e);

}  // namespace brightpath::solver
