// The solver's interruptible final check gives exactly what validate() gives.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "brightpath/plan_json.hpp"
#include "solver/search_control.hpp"
#include "solver/solver_support.hpp"
#include "solver/week_check.hpp"

namespace brightpath::test {

TEST_CASE("the week check equals full validation") {
  for (const char* name : {"family.json", "family-conflicts.json", "coop-300.json", "one-child.json"}) {
    CAPTURE(name);
    std::ifstream file(std::string(BRIGHTPATH_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    const Decoded<Plan> plan = decode_plan(text.str());
    REQUIRE(plan.ok());
    const SolveOptions options;
    solver::SearchControl control(options);
    const auto checked = solver::check_week(*plan.value, control);
    REQUIRE(checked.has_value());
    CHECK(*checked == validate(*plan.value));
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
