// The JSON Schema is hand-written; these checks tie its numbers and codes to the decoder's.
#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <cstdio>
#include <string>

#include "brightpath/plan_json.hpp"
#include "brightpath/validate.hpp"
#include "codec_test_support.hpp"
#include "json/text_rules.hpp"

using namespace brightpath;

namespace {

const boost::json::object& schema() {
  static const boost::json::value kSchema =
      boost::json::parse(codec_test::read_file(codec_test::source_path("schema/plan.schema.json")));
  return kSchema.as_object();
}

std::int64_t max_items(const boost::json::object& property) { return property.at("maxItems").as_int64(); }

}  // namespace

TEST_CASE("the schema's list limits are the decoder's limits") {
  const PlanLimits limits;
  const auto& top = schema().at("properties").as_object();
  const auto& defs = schema().at("$defs").as_object();
  CHECK(max_items(top.at("guardians").as_object()) == static_cast<std::int64_t>(limits.max_guardians));
  CHECK(max_items(top.at("students").as_object()) == static_cast<std::int64_t>(limits.max_students));
  CHECK(max_items(top.at("resources").as_object()) == static_cast<std::int64_t>(limits.max_resources));
  CHECK(max_items(top.at("courses").as_object()) == static_cast<std::int64_t>(limits.max_courses));
  CHECK(max_items(top.at("commitments").as_object()) == static_cast<std::int64_t>(limits.max_commitments));
  CHECK(max_items(top.at("placements").as_object()) == static_cast<std::int64_t>(limits.max_placements));
  CHECK(max_items(defs.at("ids").as_object()) == static_cast<std::int64_t>(limits.max_refs));
  const auto& availability = defs.at("guardian").at("properties").at("availability").as_object();
  CHECK(max_items(availability) == static_cast<std::int64_t>(limits.max_windows));
  CHECK(defs.at("name").at("maxLength").as_int64() == static_cast<std::int64_t>(limits.max_name_length));
  CHECK(defs.at("id").at("pattern").as_string() ==
        "^[A-Za-z0-9_-]{1," + std::to_string(limits.max_id_length) + "}$");
}

TEST_CASE("the schema's weight keys are exactly the catalogue's warning codes") {
  std::vector<std::string> codes;
  for (const auto& rule : rule_catalogue()) {
    if (rule.severity == Severity::warning) codes.emplace_back(rule.code);
  }
  std::vector<std::string> keys;
  for (const auto& member : schema().at("$defs").at("weights").at("properties").as_object()) {
    keys.emplace_back(member.key());
  }
  CHECK(keys == codes);
}

TEST_CASE("the schema names the format and version the decoder reads") {
  const auto& top = schema().at("properties").as_object();
  CHECK(top.at("format").at("const").as_string() == kPlanFormat);
  CHECK(top.at("version").at("const").as_int64() == kPlanVersion);
}

TEST_CASE("the schema's text pattern refuses the characters the decoder refuses") {
  const auto escape = [](char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
    return std::string(buffer);
  };
  std::string expected = "^[^";
  for (const auto& range : json::kDisallowedInText) {
    expected += escape(range.first);
    if (range.last != range.first) {
      expected += '-';
      expected += escape(range.last);
    }
  }
  expected += "]*$";
  const auto& defs = schema().at("$defs").as_object();
  CHECK(defs.at("text").at("pattern").as_string() == expected);
  // Every free-text field uses it.
  CHECK(defs.at("name").at("$ref").as_string() == "#/$defs/text");
  CHECK(schema().at("properties").at("name").at("$ref").as_string() == "#/$defs/text");
  CHECK(defs.at("student").at("properties").at("grade").at("$ref").as_string() == "#/$defs/text");
}
