// Shared by the JSON codec tests: repository files, and plans built in C++ that together set
// every field of the format (each optional both present and absent somewhere).
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "brightpath/plan.hpp"

namespace brightpath::codec_test {

inline std::filesystem::path source_path(const std::string& relative) {
  return std::filesystem::path(BRIGHTPATH_SOURCE_DIR) / relative;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Sorted, so test output is stable; files may come and go while others add examples.
inline std::vector<std::filesystem::path> json_files_in(const std::string& relative_dir) {
  std::vector<std::filesystem::path> out;
  const auto dir = source_path(relative_dir);
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline Plan minimal_plan() {
  Plan plan;
  plan.time_zone = "UTC";
  return plan;
}

// Every optional field present (or at a non-default value) somewhere, and absent elsewhere.
inline Plan full_plan() {
  Plan plan;
  plan.name = "Rivera family 2026–27";  // non-ASCII on purpose
  plan.time_zone = "America/Argentina/Salta";
  plan.week = SchoolWeek{0x1F | 0x20, {8 * 60, 15 * 60 + 30}, 30};
  plan.guardians = {
      {"mom", "Mom", {{0, {8 * 60, 12 * 60}}, {2, {13 * 60, 24 * 60}}}},
      {"dad", "Dad \"Pops\" / ~", {}},
  };
  plan.students = {
      {"ana", "Ana", "3", TimeSpan{9 * 60, 14 * 60}, 240, 90},
      {"ben", "Ben", std::nullopt, std::nullopt, std::nullopt, std::nullopt},
      {"cleo", "Cléo", "", std::nullopt, 1440, std::nullopt},
  };
  plan.resources = {{"piano", "Piano", 1}, {"computer", "The computer", 1000}};
  Course math;
  math.id = "math";
  math.subject = "Math";
  math.students = {"ana"};
  math.sessions_per_week = 5;
  math.minutes_per_session = 45;
  math.days = DaySet{0x15};
  math.preferred = TimeSpan{8 * 60, 12 * 60};
  math.guardian = "mom";
  math.min_days_between = 1;
  math.resources = {"computer"};
  Course reading;
  reading.id = "reading";
  reading.subject = "Reading";
  reading.students = {"ana", "ben", "cleo"};
  reading.sessions_per_week = 0;
  reading.minutes_per_session = 1;
  reading.teaching = Teaching::independent;
  reading.category = Category::elective;
  Course never;
  never.id = "never";
  never.subject = "Never";
  never.students = {"ben"};
  never.days = DaySet{0};
  plan.courses = {math, reading, never};
  plan.commitments = {
      {"coop", "Co-op", {1, {9 * 60, 12 * 60}}, {"mom"}, {"ana", "ben"}, {"piano"}},
      {"lesson", "Piano lesson (outside)", {2, {16 * 60, 16 * 60 + 30}}, {}, {"cleo"}, {}},
  };
  Placement p1{"p1", "math", 0, 9 * 60, 45, std::nullopt, {}, false};
  Placement p2{"p2", "reading", 5, 23 * 60, 60, "dad", {"piano", "computer"}, true};
  Placement p3{"p3", "ghost-course", 6, 0, 1440, "nobody", {}, false};  // dangling refs decode
  plan.placements = {p1, p2, p3};
  plan.weights = {{"no-break", 0}, {"sessions-off-target", 1000}, {"off-grid", 7}};
  return plan;
}

}  // namespace brightpath::codec_test
