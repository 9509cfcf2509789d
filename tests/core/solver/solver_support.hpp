// Shared helpers for the solver tests: small generated plans, plans from the repository's
// fixtures, and result checks.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "brightpath/generate.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/solve.hpp"
#include "brightpath/validate.hpp"

namespace brightpath::test {

// Options that make a solve reproducible and quick: no clock, a fixed iteration budget.
inline SolveOptions quick_options(std::uint64_t seed = 1, std::int64_t iterations = 3000) {
  SolveOptions o;
  o.time_budget_ms = 0;
  o.max_iterations = iterations;
  o.seed = seed;
  return o;
}

// A plan document of the repository (examples/, tests/fixtures/), decoded; fails the test
// when it does not decode.
inline Plan load_plan(const std::string& relative) {
  std::ifstream file(std::string(BRIGHTPATH_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  const Decoded<Plan> decoded = decode_plan(text.str());
  REQUIRE_MESSAGE(decoded.ok(), relative);
  return *decoded.value;
}

inline int error_count(const Plan& plan) { return count_diagnostics(validate(plan)).errors; }

inline int lessons_of(const Plan& plan, const std::string& course) {
  return static_cast<int>(std::count_if(plan.placements.begin(), plan.placements.end(),
                                        [&course](const Placement& p) { return p.course == course; }));
}

inline bool has_explanation(const SolveResult& r, const std::string& code, const std::string& message) {
  return std::any_of(r.explanations.begin(), r.explanations.end(),
                     [&](const Explanation& e) { return e.code == code && e.message == message; });
}

}  // namespace brightpath::test
