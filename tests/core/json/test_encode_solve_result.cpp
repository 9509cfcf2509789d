#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "brightpath/solve_json.hpp"

using namespace brightpath;

TEST_CASE("an invalid result encodes every field in order, with a null plan") {
  SolveResult r;
  r.status = SolveStatus::invalid;
  r.score = {3, 40};
  r.breakdown = {{"student-overlap", Severity::error, 2, 1, 2}};
  r.statistics.elapsed_ms = 12.7;
  r.statistics.iterations = 5;
  r.statistics.seed = 18446744073709551615ULL;  // all 64 bits survive
  r.unplaced = {{"math", 1}};
  r.removed = {{"math-mon", "math"}};
  r.explanations = {{"unplaced-sessions", "Ann's \"Math\" needs 1 more session – no time fits.",
                     {{RefKind::course, "math"}, {RefKind::student, "ann"}}}};
  CHECK(encode_solve_result(r) ==
        "{\"status\":\"invalid\",\"score\":{\"hard\":3,\"soft\":40},"
        "\"breakdown\":[{\"code\":\"student-overlap\",\"severity\":\"error\",\"count\":2,\"weight\":1,\"penalty\":2}],"
        "\"statistics\":{\"elapsedMs\":12,\"iterations\":5,\"improvements\":0,\"seed\":18446744073709551615},"
        "\"unplaced\":[{\"course\":\"math\",\"count\":1}],"
        "\"removed\":[{\"lesson\":\"math-mon\",\"course\":\"math\"}],"
        "\"explanations\":[{\"code\":\"unplaced-sessions\","
        "\"message\":\"Ann's \\\"Math\\\" needs 1 more session \\u2013 no time fits.\","
        "\"refs\":[{\"kind\":\"courses\",\"id\":\"math\"},{\"kind\":\"students\",\"id\":\"ann\"}],\"proof\":false}],"
        "\"plan\":null}");
}

TEST_CASE("a solved result carries the plan as valid JSON") {
  SolveResult r;
  r.status = SolveStatus::feasible;
  r.plan.name = "Week";
  r.plan.time_zone = "UTC";
  const boost::json::value v = boost::json::parse(encode_solve_result(r));
  CHECK(v.at("status") == "feasible");
  r.status = SolveStatus::incomplete;
  CHECK(boost::json::parse(encode_solve_result(r)).at("status") == "incomplete");
  CHECK(v.at("plan").at("name") == "Week");
}
