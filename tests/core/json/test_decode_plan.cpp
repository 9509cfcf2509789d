#include <doctest/doctest.h>

#include "brightpath/plan_json.hpp"

using namespace brightpath;

namespace {

Plan decode_ok(const std::string& text) {
  const auto decoded = decode_plan(text);
  for (const auto& e : decoded.errors) FAIL_CHECK(e.text());
  REQUIRE(decoded.ok());
  CHECK(decoded.errors.empty());
  return *decoded.value;
}

}  // namespace

TEST_CASE("a complete document decodes into the plan it describes") {
  const Plan plan = decode_ok(R"({
    "format": "brightpath-plan", "version": 1, "name": "Rivera family", "timeZone": "America/Chicago",
    "week": {"schoolDays": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "15:00", "grid": 15},
    "guardians": [{"id": "mom", "name": "Mom", "availability": [{"day": "mon", "start": "08:00", "end": "12:00"}]}],
    "students": [{"id": "ana", "name": "Ana", "grade": "K", "day": {"start": "09:00", "end": "14:00"},
                  "maxDailyMinutes": 240, "maxMinutesWithoutBreak": 60}],
    "resources": [{"id": "piano", "name": "Piano", "capacity": 2}],
    "courses": [{"id": "math", "subject": "Math", "students": ["ana"], "sessionsPerWeek": 5,
                 "minutesPerSession": 30, "days": ["wed", "mon"], "preferred": {"start": "08:00", "end": "11:00"},
                 "teaching": "teacher-led", "guardian": "mom", "minDaysBetween": 1, "resources": ["piano"],
                 "category": "elective"}],
    "commitments": [{"id": "coop", "name": "Co-op", "day": "tue", "start": "09:00", "end": "12:00",
                     "guardians": ["mom"], "students": ["ana"], "resources": ["piano"]}],
    "placements": [{"id": "p1", "course": "math", "day": "mon", "start": "09:00", "duration": 30,
                    "guardian": "mom", "resources": ["piano"], "locked": true}],
    "weights": {"no-break": 5, "off-grid": 0}
  })");

  SUBCASE("top level and week") {
    CHECK(plan.version == 1);
    CHECK(plan.name == "Rivera family");
    CHECK(plan.time_zone == "America/Chicago");
    CHECK(plan.week == SchoolWeek{0x1F, {480, 900}, 15});
  }
  SUBCASE("people and things") {
    REQUIRE(plan.guardians.size() == 1);
    CHECK(plan.guardians[0] == Guardian{"mom", "Mom", {{0, {480, 720}}}});
    REQUIRE(plan.students.size() == 1);
    CHECK(plan.students[0] == Student{"ana", "Ana", "K", TimeSpan{540, 840}, 240, 60});
    CHECK(plan.resources == std::vector<Resource>{{"piano", "Piano", 2}});
  }
  SUBCASE("courses") {
    REQUIRE(plan.courses.size() == 1);
    const Course& c = plan.courses[0];
    CHECK(c.students == std::vector<std::string>{"ana"});
    CHECK(c.sessions_per_week == 5);
    CHECK(c.minutes_per_session == 30);
    CHECK(c.days == DaySet{0x05});
    CHECK(c.preferred == TimeSpan{480, 660});
    CHECK(c.teaching == Teaching::teacher_led);
    CHECK(c.guardian == "mom");
    CHECK(c.min_days_between == 1);
    CHECK(c.resources == std::vector<std::string>{"piano"});
    CHECK(c.category == Category::elective);
  }
  SUBCASE("commitments and placements") {
    CHECK(plan.commitments == std::vector<Commitment>{{"coop", "Co-op", {1, {540, 720}}, {"mom"}, {"ana"}, {"piano"}}});
    CHECK(plan.placements == std::vector<Placement>{{"p1", "math", 0, 540, 30, "mom", {"piano"}, true}});
  }
  SUBCASE("weights keep document order") {
    CHECK(plan.weights == std::vector<Weight>{{"no-break", 5}, {"off-grid", 0}});
  }
}

TEST_CASE("edge values inside the documented ranges are accepted") {
  const std::string head = R"({"format":"brightpath-plan","version":1,"timeZone":"UTC",)";
  SUBCASE("whole numbers written as decimals, as json schema allows") {
    const Plan plan = decode_ok(
        R"({"format":"brightpath-plan","version":1.0,"timeZone":"UTC",)"
        R"("week":{"schoolDays":[],"start":"00:00","end":"24:00","grid":3e1}})");
    CHECK(plan.week.grid_minutes == 30);
    CHECK(plan.week.hours == TimeSpan{0, 1440});
  }
  SUBCASE("a lesson ending exactly at midnight") {
    const Plan plan = decode_ok(head + R"("week":{"schoolDays":["sun"],"start":"08:00","end":"09:00","grid":5},)"
                                       R"("placements":[{"id":"late","course":"c","day":"sun","start":"23:00","duration":60}]})");
    CHECK(plan.placements[0].when() == DaySpan{6, {1380, 1440}});
  }
  SUBCASE("ids of 64 characters and names of 120 characters, counted as characters") {
    std::string name;
    for (int i = 0; i < 120; ++i) name += "é";
    std::string text = head + R"("week":{"schoolDays":[],"start":"08:00","end":"09:00","grid":5},)";
    text.append(R"("guardians":[{"id":")").append(64, 'g').append(R"(","name":")");
    text.append(name).append(R"(","availability":[]}]})");
    const Plan plan = decode_ok(text);
    CHECK(plan.guardians[0].id.size() == 64);
    CHECK(plan.guardians[0].name == name);
  }
  SUBCASE("time zones of the iana shapes and utc") {
    for (const char* zone : {"UTC", "Europe/Berlin", "America/Argentina/Salta", "Etc/GMT+5", "America/Port-au-Prince"}) {
      CAPTURE(zone);
      const Plan plan = decode_ok(std::string(R"({"format":"brightpath-plan","version":1,"timeZone":")") + zone +
                                  R"(","week":{"schoolDays":[],"start":"08:00","end":"09:00","grid":5}})");
      CHECK(plan.time_zone == zone);
    }
  }
  SUBCASE("escaped characters in strings") {
    const Plan plan = decode_ok(head + R"("name":"Caf\u00e9 \"Ro\"","week":{"schoolDays":[],"start":"08:00","end":"09:00","grid":5}})");
    CHECK(plan.name == "Café \"Ro\"");
  }
}
