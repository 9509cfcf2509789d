// Every JSON answer of the core goes through the one writer (core/src/json/json_writer.*):
// a text comes out with the same bytes whichever answer carries it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/solve_json.hpp"
#include "codec_test_support.hpp"
#include "json/json_writer.hpp"

using namespace brightpath;

namespace {

// Texts whose escaping differs between JSON writers: quotes, backslash, control characters,
// the two line separators JavaScript once refused in string literals, non-ASCII in two, three
// and four bytes, and bytes that are not UTF-8 (a C++ caller can put them in any string).
const std::vector<std::string> kAwkward = {
    "plain",
    "quote \" and backslash \\ and slash /",
    std::string("controls \x01\x08\t\n\x0c\r\x1f\x7f and a NUL ") + std::string(1, '\0') + "!",
    "line\u2028paragraph\u2029",
    "Zoë – Ли 🎹",
    "broken \xC3 \xE2\x80 \xF0\x9F\x8E \xFF \xED\xA0\x80 end",
};

// The writer's form of `text` as a string value.
std::string written(const std::string& text) {
  json::JsonWriter w;
  w.string(text);
  return w.take();
}

bool contains(const std::string& json, const std::string& part) { return json.find(part) != std::string::npos; }

bool ascii(const std::string& json) {
  for (const char c : json) {
    if (static_cast<unsigned char>(c) >= 0x80U) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("a text comes out byte for byte the same from every answer") {
  for (const std::string& text : kAwkward) {
    CAPTURE(text);
    const std::string value = written(text);

    Plan plan = codec_test::minimal_plan();
    plan.name = text;
    const std::string plan_json = encode_plan(plan);
    CHECK(contains(plan_json, "\"name\":" + value));

    Diagnostic diagnostic;
    diagnostic.code = "student-overlap";
    diagnostic.message = text;
    const std::string diagnostics_json = encode_diagnostics({diagnostic});
    CHECK(contains(diagnostics_json, "\"message\":" + value));

    EditResult edit;
    edit.error = text;
    edit.removed = {diagnostic};
    const std::string edit_json = encode_edit_result(edit);
    CHECK(contains(edit_json, "\"error\":" + value));
    CHECK(contains(edit_json, "\"message\":" + value));

    SolveResult solved;
    solved.status = SolveStatus::feasible;
    solved.plan = plan;
    solved.unplaced = {{text, 1}};
    const std::string solve_json = encode_solve_result(solved);
    CHECK(contains(solve_json, "\"course\":" + value));
    CHECK(contains(solve_json, "\"name\":" + value));

    const std::string errors_json = encode_decode_errors({{text, text}});
    CHECK(errors_json == "{\"errors\":[{\"path\":" + value + ",\"message\":" + value + "}]}");
    CHECK(encode_error_message(text) == "{\"message\":" + value + "}");

    for (const std::string* json : {&plan_json, &diagnostics_json, &edit_json, &solve_json, &errors_json}) {
      CHECK(ascii(*json));
    }
  }
}

TEST_CASE("a plan's texts read back unchanged through the writer's escapes") {
  // The awkward texts the decoder accepts in a name (it refuses control characters and
  // bytes that are not UTF-8; docs/plan-format.md).
  for (const std::string text : {"quote \" and backslash \\ and slash /", "Zoë – Ли 🎹"}) {
    CAPTURE(text);
    Plan plan = codec_test::minimal_plan();
    plan.name = text;
    const auto decoded = decode_plan(encode_plan(plan));
    REQUIRE(decoded.ok());
    CHECK(decoded.value->name == text);
  }
}

TEST_CASE("the rule catalogue is written by the same writer") {
  const std::vector<RuleDescription> rules = {{"student-overlap", Severity::error, "a \"quoted\" – summary"}};
  CHECK(encode_rule_catalogue(rules) ==
        "[{\"code\":\"student-overlap\",\"severity\":\"error\",\"summary\":" + written("a \"quoted\" – summary") + "}]");
}
