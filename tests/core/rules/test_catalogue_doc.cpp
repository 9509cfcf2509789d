// docs/rules.md is the parent- and developer-facing catalogue; it must name exactly the
// codes the core reports, so a new rule cannot ship undocumented and a renamed one cannot
// leave a stale section behind.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "brightpath/validate.hpp"

namespace {

std::vector<std::string> code_headings(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("### ", 0) == 0) out.push_back(line.substr(4));
  }
  return out;
}

}  // namespace

TEST_CASE("rule catalogue doc has a section for every code and no other") {
  const auto headings = code_headings(std::string(BRIGHTPATH_SOURCE_DIR) + "/docs/rules.md");
  const auto& catalogue = brightpath::rule_catalogue();
  for (const auto& rule : catalogue) {
    INFO("code: " << rule.code);
    CHECK(std::count(headings.begin(), headings.end(), std::string(rule.code)) == 1);
  }
  for (const auto& heading : headings) {
    INFO("heading: " << heading);
    CHECK(std::any_of(catalogue.begin(), catalogue.end(),
                      [&heading](const auto& rule) { return rule.code == heading; }));
  }
}

TEST_CASE("rule catalogue doc lists codes in catalogue order") {
  const auto headings = code_headings(std::string(BRIGHTPATH_SOURCE_DIR) + "/docs/rules.md");
  std::vector<std::string> codes;
  for (const auto& rule : brightpath::rule_catalogue()) codes.emplace_back(rule.code);
  CHECK(headings == codes);
}
