// Why each session left out of the returned week is out, read off that week: for every
// start its constraints allow, who is busy then (a child, an adult, a room), counted. And
// what is most contested over all of them: the person or thing that blocks the most starts.
// Unlike explain_structure these are not proofs: another week might have room.
#pragma once

#include <vector>

#include "brightpath/solve.hpp"
#include "search_state.hpp"

namespace brightpath::solver {

class SearchControl;

// One explanation per course with new sessions left out (`unplaced-sessions`) and per
// existing lesson taken out (`lesson-removed`), then `most-contested`. Stops where the
// control says (time spent), with what it has.
std::vector<Explanation> explain_unplaced(const Problem& problem, const std::vector<Pos>& week,
                                          SearchControl* control = nullptr);

}  // namespace brightpath::solver
