#include <doctest/doctest.h>

#include "brightpath/plan_json.hpp"
#include "codec_test_support.hpp"

using namespace brightpath;
using brightpath::codec_test::full_plan;
using brightpath::codec_test::minimal_plan;

namespace {

Plan decoded_or_fail(const std::string& text) {
  const auto decoded = decode_plan(text);
  for (const auto& e : decoded.errors) FAIL_CHECK(e.text());
  REQUIRE(decoded.ok());
  return *decoded.value;
}

}  // namespace

TEST_CASE("plans built in c++ survive encode and decode unchanged") {
  SUBCASE("a plan setting every optional field") {
    const Plan plan = full_plan();
    CHECK(decoded_or_fail(encode_plan(plan)) == plan);
  }
  SUBCASE("a minimal plan with default week and empty lists") {
    const Plan plan = minimal_plan();
    CHECK(decoded_or_fail(encode_plan(plan)) == plan);
  }
  SUBCASE("a plan with an empty name, which is written and read back") {
    Plan plan = minimal_plan();
    plan.name.clear();
    const std::string text = encode_plan(plan);
    CHECK(text.find(R"("name":"")") != std::string::npos);
    CHECK(decoded_or_fail(text) == plan);
  }
}

TEST_CASE("every example plan decodes, encodes and decodes equal") {
  const auto files = codec_test::json_files_in("examples");
  for (const auto& path : files) {
    SUBCASE(path.filename().string().c_str()) {
      const Plan first = decoded_or_fail(codec_test::read_file(path));
      const std::string canonical = encode_plan(first);
      const Plan second = decoded_or_fail(canonical);
      CHECK(second == first);
      // Canonical output is a fixed point: encoding it again changes nothing.
      CHECK(encode_plan(second) == canonical);
    }
  }
}

TEST_CASE("encoding writes members in the documented order with defaults explicit") {
  Plan plan = minimal_plan();
  plan.resources = {{"piano", "Piano", 1}};
  Course c;
  c.id = "art";
  c.subject = "Art";
  c.students = {"ana"};
  plan.courses = {c};
  plan.placements = {{"p1", "art", 4, 600, 30, std::nullopt, {}, false}};
  plan.commitments = {{"coop", "Co-op", {1, {540, 720}}, {}, {"ana"}, {}}};
  plan.students = {{"ana", "Ana", std::nullopt, std::nullopt, std::nullopt, std::nullopt}};
  const std::string text = encode_plan(plan);

  SUBCASE("the top level") {
    CHECK(text.rfind(R"({"format":"brightpath-plan","version":1,"name":"","timeZone":"UTC",)"
                     R"("week":{"schoolDays":["mon","tue","wed","thu","fri"],"start":"08:00","end":"15:00","grid":15},)"
                     R"("guardians":[],"students":[)",
                     0) == 0);
    CHECK(text.size() > 12);
    CHECK(text.substr(text.size() - 13) == R"("weights":{}})");
  }
  SUBCASE("absent optionals are omitted") {
    CHECK(text.find(R"({"id":"ana","name":"Ana"})") != std::string::npos);
  }
  SUBCASE("non-optional members are written even at their defaults") {
    CHECK(text.find(R"({"id":"piano","name":"Piano","capacity":1})") != std::string::npos);
    CHECK(text.find(R"({"id":"art","subject":"Art","students":["ana"],"sessionsPerWeek":1,)"
                    R"("minutesPerSession":30,"teaching":"teacher-led","minDaysBetween":0,)"
                    R"("resources":[],"category":"core"})") != std::string::npos);
    CHECK(text.find(R"({"id":"coop","name":"Co-op","day":"tue","start":"09:00","end":"12:00",)"
                    R"("guardians":[],"students":["ana"],"resources":[]})") != std::string::npos);
    CHECK(text.find(R"({"id":"p1","course":"art","day":"fri","start":"10:00","duration":30,)"
                    R"("resources":[],"locked":false})") != std::string::npos);
  }
}

TEST_CASE("decoding fills documented defaults that encoding then writes out") {
  const std::string text =
      R"({"format":"brightpath-plan","version":1,"timeZone":"UTC",)"
      R"("week":{"schoolDays":["fri","mon"],"start":"08:00","end":"12:00","grid":60},)"
      R"("resources":[{"id":"r","name":"R"}],)"
      R"("courses":[{"id":"c","subject":"S","students":["s"],"sessionsPerWeek":2,"minutesPerSession":30}],)"
      R"("placements":[{"id":"p","course":"c","day":"mon","start":"08:00","duration":30}]})";
  const Plan plan = decoded_or_fail(text);
  CHECK(plan.name.empty());
  CHECK(plan.week.school_days == DaySet{0x11});
  CHECK(plan.resources[0].capacity == 1);
  CHECK(plan.courses[0].teaching == Teaching::teacher_led);
  CHECK(plan.courses[0].category == Category::core);
  CHECK(plan.courses[0].min_days_between == 0);
  CHECK_FALSE(plan.courses[0].days.has_value());
  CHECK_FALSE(plan.placements[0].locked);
  // Days are a set: canonical output lists them Monday first.
  CHECK(encode_plan(plan).find(R"("schoolDays":["mon","fri"])") != std::string::npos);
}
