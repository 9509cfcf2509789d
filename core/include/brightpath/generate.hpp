// Deterministic generator of co-op-sized plans, for benchmarks, property tests and demos.
//
// Plans are built around a planted timetable: lessons are first laid out so that no
// student, teacher or resource is double-booked, and the courses are derived from that
// layout. A plan generated with placements is therefore valid by construction (no errors),
// and the same plan without placements always has a feasible week for the solver to find.
// `tightness` is the share of each teacher's available teaching time the planted
// timetable fills (0.1 = relaxed, 0.95 = nearly full).
#pragma once

#include <cstdint>

#include "brightpath/plan.hpp"

namespace brightpath {

struct GeneratorOptions {
  int students = 300;
  int teachers = 40;
  int resources = 12;
  double tightness = 0.7;
  std::uint64_t seed = 1;
  bool with_placements = true;  // false: courses only, for the solver to place
};

Plan generate_coop_plan(const GeneratorOptions& options);

}  // namespace brightpath
