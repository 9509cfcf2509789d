// The documents name only documents that are in the repository: a reader who follows
// "see X.md" finds it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

TEST_CASE("every .md file the README and docs/ name exists") {
  const fs::path root(BRIGHTPATH_SOURCE_DIR);
  std::vector<fs::path> documents = {root / "README.md"};
  for (const auto& entry : fs::recursive_directory_iterator(root / "docs")) {
    if (entry.path().extension() == ".md") documents.push_back(entry.path());
  }
  const std::regex named(R"([A-Za-z0-9_./-]+\.md\b)");
  for (const fs::path& document : documents) {
    std::ifstream in(document);
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    for (auto it = std::sregex_iterator(s.begin(), s.end(), named); it != std::sregex_iterator(); ++it) {
      const std::string name = it->str();
      const bool found = fs::exists(document.parent_path() / name) || fs::exists(root / name) ||
                         fs::exists(root / "docs" / name);
      CAPTURE(document.lexically_relative(root).generic_string());
      CHECK_MESSAGE(found, name << " is not in the repository");
    }
  }
}
