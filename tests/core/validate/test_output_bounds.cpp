// Output that stays proportional to the plan: overlapping lessons are one finding per group,
// labels and lists name a few and count the rest, and a list names at most
// kMaxDiagnosticsPerCode of each code, with exact totals.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <string>

#include "brightpath/plan_json.hpp"
#include "brightpath/validate.hpp"
#include "support/plan_builder.hpp"

using namespace brightpath;
using namespace brightpath::test;

namespace {

constexpr std::size_t kAll = std::numeric_limits<std::size_t>::max();


// Findings per code, summary entries counted for what they stand for.
std::map<std::string, int> totals_by_code(const std::vector<Diagnostic>& ds) {
  std::map<std::string, int> out;
  for (const Diagnostic& d : ds) out[std::string(d.code)] += d.findings();
  return out;
}

Plan crowded_hour(int lessons) {
  PlanBuilder b;
  b.guardian("mom", "Mom");
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}, 50, 60).guardian = "mom";
  for (int i = 0; i < lessons; ++i) b.lesson(numbered("m", i), "math", kMon, "09:00", 60);
  return b.plan;
}

Plan read_example(const char* name) {
  std::ifstream in(std::filesystem::path(BRIGHTPATH_SOURCE_DIR) / "examples" / name, std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return *decode_plan(text).value;
}

}  // namespace

TEST_CASE("overlapping lessons are one finding per group, not per pair") {
  SUBCASE("three lessons chained by overlaps") {
    PlanBuilder b;
    b.student("ada", "Ada");
    b.course("math", "Math", {"ada"}).teaching = Teaching::independent;
    b.course("read", "Reading", {"ada"}).teaching = Teaching::independent;
    b.course("art", "Art", {"ada"}).teaching = Teaching::independent;
    b.lesson("m1", "math", kMon, "09:00", 60);  // 09:00–10:00
    b.lesson("r1", "read", kMon, "09:30", 60);  // 09:30–10:30
    b.lesson("a1", "art", kMon, "10:15", 45);   // 10:15–11:00, clashes only with r1
    const auto found = run_rule(b.plan, "student-overlap");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Ada is in 3 overlapping lessons, Monday 09:30–10:30: Ada's Math, Ada's Reading and Ada's Art.");
    CHECK(found[0].span == on(kMon, "09:30", "10:30"));
    CHECK(found[0].refs == std::vector<Ref>{student_ref("ada"), lesson_ref("m1"), course_ref("math"),
                                            lesson_ref("r1"), course_ref("read"), lesson_ref("a1"),
                                            course_ref("art")});
  }
  SUBCASE("two thousand lessons in one hour") {
    const Plan plan = crowded_hour(2000);
    const auto child = run_rule(plan, "student-overlap");
    const auto adult = run_rule(plan, "guardian-overlap");
    REQUIRE(child.size() == 1);
    REQUIRE(adult.size() == 1);
    CHECK(child[0].message == "Ada is in 2000 overlapping lessons, Monday 09:00–10:00: Ada's Math, Ada's Math, "
                              "Ada's Math and 1997 more.");
    CHECK(adult[0].message.starts_with("Mom is teaching 2000 overlapping lessons, Monday 09:00–10:00: "));
    // The child, every lesson once, and the course and its teacher once.
    CHECK(child[0].refs.size() == 1 + 2000 + 1 + 1);
  }
  SUBCASE("separate clashes in one day are separate findings") {
    PlanBuilder b;
    b.student("ada", "Ada");
    b.course("math", "Math", {"ada"}, 4).teaching = Teaching::independent;
    b.lesson("m1", "math", kMon, "09:00", 30);
    b.lesson("m2", "math", kMon, "09:15", 30);
    b.lesson("m3", "math", kMon, "11:00", 30);
    b.lesson("m4", "math", kMon, "11:00", 30);
    const auto found = run_rule(b.plan, "student-overlap");
    REQUIRE(found.size() == 2);
    CHECK(found[0].span == on(kMon, "09:15", "09:30"));
    CHECK(found[1].span == on(kMon, "11:00", "11:30"));
  }
}

TEST_CASE("a shared lesson's label names three children and counts the rest") {
  PlanBuilder b;
  std::vector<std::string> kids;
  for (const char* name : {"Ada", "Ben", "Cy", "Dee", "Eve", "Fay"}) {
    b.student(name, name);
    kids.emplace_back(name);
  }
  b.course("art", "Art", kids).teaching = Teaching::independent;
  b.lesson("a1", "art", kMon, "09:07", 45);
  const auto found = run_rule(b.plan, "off-grid");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.starts_with("Art (Ada, Ben, Cy and 3 more) on Monday 09:07–09:52"));
}

TEST_CASE("a lesson under several commitments is one finding naming the first three") {
  PlanBuilder b;
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}).teaching = Teaching::independent;
  b.lesson("m1", "math", kTue, "09:00", 60);
  for (int i = 0; i < 5; ++i) {
    b.commitment(numbered("k", i), numbered("Club ", i), on(kTue, "08:30", "09:30")).students = {"ada"};
  }
  const auto found = run_rule(b.plan, "commitment-clash");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message ==
        "Ada's Math (Tuesday 09:00–10:00) clashes with Club 0 (Tuesday 08:30–09:30), which also needs Ada; "
        "with Club 1 (Tuesday 08:30–09:30), which also needs Ada; with Club 2 (Tuesday 08:30–09:30), which also "
        "needs Ada; and with 2 more commitments.");
  CHECK(found[0].span == on(kTue, "09:00", "09:30"));
  CHECK(std::count_if(found[0].refs.begin(), found[0].refs.end(),
                      [](const Ref& r) { return r.kind == RefKind::commitment; }) == 5);
}

TEST_CASE("a list names at most kMaxDiagnosticsPerCode of a code and counts the rest") {
  PlanBuilder b;
  b.student("ada", "Ada");
  b.course("math", "Math", {"ada"}, 50, 30).teaching = Teaching::independent;
  // 250 lessons, each a minute off the 15-minute grid, none overlapping another.
  for (int i = 0; i < 250; ++i) {
    Placement& p = b.lesson(numbered("m", i), "math", i % 5, "00:00", 1);
    p.start = 1 + (i / 5) * 20;
  }
  const auto all = validate(b.plan, kAll);
  const auto listed = validate(b.plan);
  REQUIRE(totals_by_code(all)["off-grid"] == 250);
  const auto off_grid = std::count_if(listed.begin(), listed.end(), [](const Diagnostic& d) {
    return d.code == "off-grid" && d.omitted == 0;
  });
  CHECK(off_grid == static_cast<long>(kMaxDiagnosticsPerCode));
  const auto summary = std::find_if(listed.begin(), listed.end(),
                                    [](const Diagnostic& d) { return d.code == "off-grid" && d.omitted > 0; });
  REQUIRE(summary != listed.end());
  CHECK(summary->omitted == 150);
  CHECK(summary->severity == Severity::warning);
  CHECK(summary->message == "\u2026and 150 more like this, not listed.");
  CHECK(summary->refs.empty());
  CHECK_FALSE(summary->span.has_value());
  CHECK(count_diagnostics(listed) == count_diagnostics(all));
  // The listed ones are the plan's first lessons (document order), shown in display order.
  for (const Diagnostic& d : listed) {
    if (d.code != "off-grid" || d.omitted > 0) continue;
    const int n = std::stoi(d.refs[0].id.substr(1));
    CHECK(n < static_cast<int>(kMaxDiagnosticsPerCode));
  }
}

TEST_CASE("every rule counts what it leaves out, whatever the budget") {
  // A rule that built a diagnostic without asking the budget, or skipped one without counting
  // it, would make the totals differ from an unbounded validation.
  for (const char* name : {"family.json", "family-conflicts.json", "coop-300.json", "one-child.json"}) {
    CAPTURE(name);
    const Plan plan = read_example(name);
    const auto expected = totals_by_code(validate(plan, kAll));
    for (const std::size_t budget : {0U, 1U, 2U, 5U}) {
      CAPTURE(budget);
      const auto listed = validate(plan, budget);
      CHECK(totals_by_code(listed) == expected);
      for (const auto& [code, total] : expected) {
        const auto shown = std::count_if(listed.begin(), listed.end(),
                                         [&](const Diagnostic& d) { return d.code == code && d.omitted == 0; });
        CHECK(static_cast<std::size_t>(shown) == std::min<std::size_t>(budget, static_cast<std::size_t>(total)));
      }
    }
  }
}
