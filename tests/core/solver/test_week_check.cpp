// The solver's interruptible final check gives exactly what validate() gives.
#include <doctest/doctest.h>

#include "solver/search_control.hpp"
#include "solver/solver_support.hpp"
#include "solver/week_check.hpp"

namespace brightpath::test {

TEST_CASE("the week check equals full validation") {
  for (const char* name : {"family.json", "family-conflicts.json", "coop-300.json", "one-child.json"}) {
    CAPTURE(name);
    const Plan plan = load_plan(std::string("examples/") + name);
    const SolveOptions options;
    solver::SearchControl control(options);
    const auto checked = solver::check_week(plan, control);
    REQUIRE(checked.has_value());
    CHECK(*checked == validate(plan));
  }
}

TEST_CASE("the week check stops when the solve is cancelled") {
  const Plan plan = generate_coop_plan({});
  SolveOptions options;
  options.on_progress = [](const SolveProgress&) { return false; };
  solver::SearchControl control(options);
  control.report();  // the callback says stop
  CHECK(control.cancelled());
  CHECK_FALSE(solver::check_week(plan, control).has_value());
}

}  // namespace brightpath::test
