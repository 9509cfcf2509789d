// The bundled example plans decode and show exactly the diagnostics examples/README.md
// promises. They are what a new parent sees first and what the JS and end-to-end tests
// load, so a rule or decoder change that alters them must be deliberate.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "brightpath/plan_json.hpp"
#include "brightpath/validate.hpp"

namespace {

struct Expected {
  const char* file;
  int errors;
  int warnings;
  std::vector<std::string> codes;  // error and warning codes, one per diagnostic, sorted
};

// Keep in step with the table in examples/README.md.
const std::vector<Expected> kExpected = {
    {"one-child.json", 0, 0, {}},
    {"family.json", 0, 2, {"outside-preferred-window", "sessions-off-target"}},
    {"family-conflicts.json", 2, 2,
     {"guardian-overlap", "outside-preferred-window", "resource-over-capacity", "sessions-off-target"}},
    {"coop-300.json", 0, 58, std::vector<std::string>(58, "outside-preferred-window")},
};

const std::filesystem::path kDir = std::filesystem::path(BRIGHTPATH_SOURCE_DIR) / "examples";

std::string read(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("every example plan shows the diagnostics the README promises") {
  for (const Expected& e : kExpected) {
    CAPTURE(e.file);
    const auto decoded = brightpath::decode_plan(read(kDir / e.file));
    for (const auto& error : decoded.errors) CAPTURE(error.text());
    REQUIRE(decoded.ok());
    const auto diagnostics = brightpath::validate(*decoded.value);
    const auto counts = brightpath::count_diagnostics(diagnostics);
    CHECK(counts.errors == e.errors);
    CHECK(counts.warnings == e.warnings);
    std::vector<std::string> codes;
    for (const auto& d : diagnostics) {
      if (d.severity != brightpath::Severity::info) codes.emplace_back(d.code);
    }
    std::sort(codes.begin(), codes.end());
    CHECK(codes == e.codes);
  }
}

TEST_CASE("every example in examples/ is listed in the expectations") {
  for (const auto& entry : std::filesystem::directory_iterator(kDir)) {
    if (entry.path().extension() != ".json") continue;
    const std::string name = entry.path().filename().string();
    CAPTURE(name);
    CHECK(std::any_of(kExpected.begin(), kExpected.end(),
                      [&](const Expected& e) { return name == e.file; }));
  }
}
