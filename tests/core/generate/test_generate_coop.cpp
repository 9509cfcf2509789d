// The co-op generator: big enough for benchmarks, valid by construction, deterministic.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "brightpath/generate.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/validate.hpp"

namespace {

using brightpath::Diagnostic;
using brightpath::GeneratorOptions;
using brightpath::Plan;

// Teacher-led lesson minutes as a share of the teachers' available minutes.
double teacher_fill(const Plan& plan) {
  std::map<std::string, bool> led;
  for (const auto& c : plan.courses) led[c.id] = c.teaching == brightpath::Teaching::teacher_led;
  double taught = 0;
  for (const auto& p : plan.placements) {
    if (led[p.course]) taught += p.duration;
  }
  double available = 0;
  for (const auto& g : plan.guardians) {
    for (const auto& w : g.availability) available += w.time.minutes();
  }
  return taught / available;
}

std::map<std::string, int> codes_of(const std::vector<Diagnostic>& diagnostics,
                                    brightpath::Severity severity) {
  std::map<std::string, int> out;
  for (const auto& d : diagnostics) {
    if (d.severity == severity) ++out[std::string(d.code)];
  }
  return out;
}

}  // namespace

TEST_CASE("the default co-op plan is large and has no errors") {
  const Plan plan = brightpath::generate_coop_plan({});
  CHECK(plan.students.size() == 300);
  CHECK(plan.guardians.size() == 40);
  CHECK(plan.resources.size() == 12);
  CHECK(plan.time_zone == "America/Chicago");
  CHECK(plan.placements.size() >= 3000);

  const auto diagnostics = brightpath::validate(plan);
  CHECK(codes_of(diagnostics, brightpath::Severity::error).empty());
  // Preferred windows are mostly kept: the only warnings are the few lessons that did not
  // fit in the morning.
  const auto warnings = codes_of(diagnostics, brightpath::Severity::warning);
  for (const auto& [code, count] : warnings) CHECK(code == "outside-preferred-window");
  const int outside = warnings.contains("outside-preferred-window") ? warnings.at("outside-preferred-window") : 0;
  CHECK(outside * 20 < static_cast<int>(plan.placements.size()));
}

TEST_CASE("the same options give byte-identical plans") {
  GeneratorOptions options;
  options.seed = 42;
  const std::string a = brightpath::encode_plan(brightpath::generate_coop_plan(options));
  const std::string b = brightpath::encode_plan(brightpath::generate_coop_plan(options));
  CHECK(a == b);
  options.seed = 43;
  CHECK(brightpath::encode_plan(brightpath::generate_coop_plan(options)) != a);
}

TEST_CASE("tightness sets how full the teachers' weeks are") {
  GeneratorOptions options;
  options.tightness = 0.3;
  const double relaxed = teacher_fill(brightpath::generate_coop_plan(options));
  options.tightness = 0.9;
  const double tight = teacher_fill(brightpath::generate_coop_plan(options));
  CHECK(relaxed == doctest::Approx(0.3).epsilon(0.1));
  CHECK(tight > relaxed + 0.4);

  SUBCASE("a nearly full week still has no errors") {
    options.tightness = 1.0;
    const auto counts = brightpath::count_diagnostics(
        brightpath::validate(brightpath::generate_coop_plan(options)));
    CHECK(counts.errors == 0);
  }
}

TEST_CASE("without placements the plan has the same courses and no lessons") {
  GeneratorOptions options;
  const Plan full = brightpath::generate_coop_plan(options);
  options.with_placements = false;
  const Plan courses_only = brightpath::generate_coop_plan(options);
  CHECK(courses_only.placements.empty());
  CHECK(courses_only.courses == full.courses);
  CHECK(courses_only.guardians == full.guardians);
  CHECK(courses_only.commitments == full.commitments);
}

TEST_CASE("small and odd sizes work") {
  struct Size {
    int students, teachers, resources;
  };
  for (const Size size : {Size{5, 2, 0}, Size{1, 1, 0}, Size{12, 3, 2}, Size{40, 1, 30}}) {
    CAPTURE(size.students);
    CAPTURE(size.teachers);
    CAPTURE(size.resources);
    GeneratorOptions options;
    options.students = size.students;
    options.teachers = size.teachers;
    options.resources = size.resources;
    const Plan plan = brightpath::generate_coop_plan(options);
    CHECK(plan.students.size() == static_cast<std::size_t>(size.students));
    CHECK(plan.guardians.size() == static_cast<std::size_t>(size.teachers));
    CHECK(plan.resources.size() == static_cast<std::size_t>(size.resources));
    CHECK(!plan.placements.empty());
    CHECK(brightpath::count_diagnostics(brightpath::validate(plan)).errors == 0);
    const auto decoded = brightpath::decode_plan(brightpath::encode_plan(plan));
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == plan);
  }
}

TEST_CASE("a large co-op stays within the document limits") {
  GeneratorOptions options;
  options.students = 2000;
  options.teachers = 200;
  options.resources = 500;
  const Plan plan = brightpath::generate_coop_plan(options);
  const auto decoded = brightpath::decode_plan(brightpath::encode_plan(plan));
  REQUIRE(decoded.ok());
  CHECK(brightpath::count_diagnostics(brightpath::validate(plan)).errors == 0);
}

TEST_CASE("out-of-range options are clamped, not turned into invalid plans") {
  GeneratorOptions options;
  options.students = 0;
  options.teachers = -3;
  options.resources = -1;
  options.tightness = 0;
  const Plan plan = brightpath::generate_coop_plan(options);
  CHECK(plan.students.size() == 1);
  CHECK(plan.guardians.size() == 1);
  CHECK(plan.resources.empty());
  CHECK(brightpath::decode_plan(brightpath::encode_plan(plan)).ok());
}

TEST_CASE("examples/coop-300.json is the default generated plan") {
  // The committed file lets the JS and end-to-end tests use the co-op without the CLI; if
  // this fails after a deliberate generator change, regenerate it with
  // `brightpath generate -o examples/coop-300.json`.
  std::ifstream file(BRIGHTPATH_SOURCE_DIR "/examples/coop-300.json", std::ios::binary);
  REQUIRE(file);
  const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  const auto decoded = brightpath::decode_plan(text);
  REQUIRE(decoded.ok());
  CHECK(*decoded.value == brightpath::generate_coop_plan({}));
}
