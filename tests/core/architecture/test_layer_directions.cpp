// The core's layers only point downward (docs/architecture.md): each part includes only what
// sits below it. Read from the sources' own #include lines, so a new include that points the
// wrong way fails here rather than in a review.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kSource = fs::path(BRIGHTPATH_SOURCE_DIR) / "core" / "src";

// The quoted includes of one file, resolved to a path under core/src ("json/json_writer.hpp")
// or to a public header ("brightpath/plan_json.hpp").
std::vector<std::string> includes_of(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    const std::string directive = "#include \"";
    if (line.rfind(directive, 0) != 0) continue;
    std::string name = line.substr(directive.size(), line.find('"', directive.size()) - directive.size());
    const fs::path beside = file.parent_path() / name;
    if (name.find('/') == std::string::npos && fs::exists(beside)) {
      name = fs::relative(beside, kSource).generic_string();
    }
    out.push_back(name);
  }
  return out;
}

// Every C++ file of the core whose path (relative to core/src) starts with `part`.
std::vector<fs::path> files_of(const std::string& part) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(kSource)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".cpp" && ext != ".hpp") continue;
    if (fs::relative(entry.path(), kSource).generic_string().rfind(part, 0) == 0) out.push_back(entry.path());
  }
  REQUIRE_MESSAGE(!out.empty(), "no file of core/src starts with " << part);
  return out;
}

// "file includes forbidden" for every include of `part`'s files that starts with one of
// `forbidden`.
std::vector<std::string> wrong_way(const std::string& part, const std::vector<std::string>& forbidden) {
  std::vector<std::string> found;
  for (const fs::path& file : files_of(part)) {
    for (const std::string& include : includes_of(file)) {
      for (const std::string& f : forbidden) {
        if (include.rfind(f, 0) == 0) {
          found.push_back(fs::relative(file, kSource).generic_string() + " includes " + include);
        }
      }
    }
  }
  return found;
}

const std::vector<std::string> kJsonLayer = {"json/", "brightpath/plan_json.hpp", "brightpath/edit_json.hpp",
                                             "brightpath/solve_json.hpp"};

}  // namespace

TEST_CASE("the core's includes point only downward") {
  SUBCASE("the rules, validation and the session do not reach into the JSON codec") {
    for (const std::string part : {"rules/", "session.cpp", "validate.cpp", "edit_checks", "check_every_scope",
                                   "model."}) {
      CAPTURE(part);
      CHECK(wrong_way(part, kJsonLayer) == std::vector<std::string>{});
    }
  }
  SUBCASE("the rules do not reach up into validation, the session or the solver") {
    CHECK(wrong_way("rules/", {"brightpath/validate.hpp", "brightpath/session.hpp", "brightpath/solve.hpp",
                               "solver/", "session.", "validate.", "check_every_scope.hpp", "edit_checks.hpp"}) ==
          std::vector<std::string>{});
  }
  SUBCASE("the edit checks know the edits, not the session that applies them") {
    CHECK(wrong_way("edit_checks", {"brightpath/session.hpp", "session.", "brightpath/validate.hpp", "validate.",
                                    "solver/", "brightpath/solve.hpp"}) == std::vector<std::string>{});
  }
  SUBCASE("the JSON codec does not reach into validation, the solver or the generator") {
    CHECK(wrong_way("json/", {"rules/", "solver/", "generate/", "model.hpp", "check_every_scope.hpp",
                              "edit_checks.hpp", "brightpath/validate.hpp"}) == std::vector<std::string>{});
  }
  SUBCASE("the solver and the generator do not reach into the JSON codec") {
    CHECK(wrong_way("solver/", kJsonLayer) == std::vector<std::string>{});
    CHECK(wrong_way("generate/", kJsonLayer) == std::vector<std::string>{});
    CHECK(wrong_way("generate/", {"rules/", "solver/"}) == std::vector<std::string>{});
  }
  SUBCASE("the solver uses the rules' kernels, not how the rules word their messages") {
    // The words the solver shares with the rules (lists, days, spans) are in the bottom's
    // message_text.hpp; rules.hpp and warning_kernels.hpp are what the rules offer it.
    CHECK(wrong_way("solver/", {"rules/wording.hpp", "rules/catalogue.hpp", "rules/double_booking.hpp"}) ==
          std::vector<std::string>{});
  }
  SUBCASE("the bottom layer includes only itself and the plain value headers") {
    const std::vector<std::string> above = {"json/",  "rules/", "solver/", "generate/", "model.hpp",
                                            "brightpath/validate.hpp", "brightpath/session.hpp",
                                            "brightpath/solve.hpp", "brightpath/generate.hpp"};
    for (const std::string part : {"bytes.hpp", "id_index.hpp", "small_list.hpp", "plan_ids.hpp", "limit_text.hpp",
                                   "rule_codes.hpp", "diagnostic_budget.hpp", "random.hpp", "message_text.", "time.cpp",
                                   "diagnostic.cpp"}) {
      CAPTURE(part);
      CHECK(wrong_way(part, above) == std::vector<std::string>{});
      CHECK(wrong_way(part, kJsonLayer) == std::vector<std::string>{});
    }
  }
}
