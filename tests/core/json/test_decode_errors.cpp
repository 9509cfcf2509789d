#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <set>

#include "brightpath/plan_json.hpp"
#include "codec_test_support.hpp"

using namespace brightpath;

namespace {

const std::string kHead =
    R"({"format":"brightpath-plan","version":1,"timeZone":"UTC",)"
    R"("week":{"schoolDays":["mon"],"start":"08:00","end":"15:00","grid":15})";

// A valid document head plus `members` (",\"students\":[...]" and so on).
std::vector<DecodeError> errors_of(const std::string& members, const PlanLimits& limits = {}) {
  const auto decoded = decode_plan(kHead + members + "}", limits);
  CHECK_FALSE(decoded.ok());
  return decoded.errors;
}

DecodeError first_error_of(const std::string& members, const PlanLimits& limits = {}) {
  const auto errors = errors_of(members, limits);
  REQUIRE_FALSE(errors.empty());
  return errors.front();
}

}  // namespace

TEST_CASE("every invalid fixture fails with the manifest's first error") {
  const std::string dir = "tests/fixtures/invalid";
  const auto manifest = boost::json::parse(codec_test::read_file(codec_test::source_path(dir + "/expected.json")));
  std::set<std::string> listed;
  for (const auto& entry : manifest.as_array()) {
    const auto& o = entry.as_object();
    const std::string file(o.at("file").as_string());
    listed.insert(file);
    SUBCASE(file.c_str()) {
      const auto decoded = decode_plan(codec_test::read_file(codec_test::source_path(dir + "/" + file)));
      REQUIRE_FALSE(decoded.ok());
      REQUIRE_FALSE(decoded.errors.empty());
      CHECK(decoded.errors.front().path == std::string(o.at("path").as_string()));
      CHECK(decoded.errors.front().message == std::string(o.at("message").as_string()));
      CHECK(o.at("schema").is_bool());
    }
  }
  SUBCASE("the manifest lists every fixture file") {
    for (const auto& path : codec_test::json_files_in(dir)) {
      const std::string name = path.filename().string();
      if (name == "expected.json") continue;
      CHECK_MESSAGE(listed.count(name) == 1, name << " is missing from expected.json");
    }
    CHECK(listed.size() >= 25);
  }
}

TEST_CASE("errors name the json pointer and join as path colon message") {
  SUBCASE("keys with ~ and / are escaped per rfc 6901") {
    const auto e = first_error_of(R"(,"a/b~c":1)");
    CHECK(e.path == "/a~1b~0c");
    CHECK(e.text() ==
          "/a~1b~0c: unknown field; expected one of format, version, name, timeZone, week, guardians, "
          "students, resources, courses, commitments, placements, weights");
  }
  SUBCASE("whole-document errors have the empty path and print as just the message") {
    const auto decoded = decode_plan("[]");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].path == "");
    CHECK(decoded.errors[0].text() == "expected an object, got an array");
  }
}

TEST_CASE("malformed json is reported once with line and column") {
  SUBCASE("a missing comma on the third line") {
    const auto decoded = decode_plan("{\n  \"format\": \"brightpath-plan\"\n  \"version\": 1\n}");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0] == DecodeError{"", "malformed JSON at line 3, column 3: unexpected '\"'; expected "
                                              "valid JSON (check for a missing comma, quote, colon or bracket)"});
  }
  SUBCASE("columns count characters, not bytes") {
    const auto decoded = decode_plan("{\"é\": x}");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message.rfind("malformed JSON at line 1, column 7: unexpected 'x'", 0) == 0);
  }
  SUBCASE("a truncated document points at its end") {
    const auto decoded = decode_plan("{\"format\":\n\"brightpath-pl");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message ==
          "malformed JSON at line 2, column 15: the document ends too early (truncated?); expected the rest "
          "of the JSON value");
  }
  SUBCASE("a control character inside a string") {
    const auto decoded = decode_plan("{\"a\":\"x\ty\"}");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message ==
          "malformed JSON at line 1, column 8: unexpected control character 0x09; expected valid JSON "
          "(inside strings write it as an escape such as \\n)");
  }
  SUBCASE("nothing but whitespace") {
    const auto decoded = decode_plan(" \n ");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].text() == "the document is empty; expected a JSON object");
  }
  SUBCASE("an error beyond the first chunk of a large document") {
    const std::string text = std::string("[").append(10000, ' ').append("\n\n  1,]");
    const auto decoded = decode_plan(text);
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message.rfind("malformed JSON at line 3, column 5: unexpected ']'", 0) == 0);
  }
}

TEST_CASE("the limits of plan limits are enforced with the limit named") {
  SUBCASE("document size") {
    PlanLimits limits;
    limits.max_document_bytes = 100;
    const auto decoded = decode_plan(std::string(101, ' '), limits);
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].text() == "the document is 101 bytes, more than the limit; expected at most 100 bytes");
  }
  SUBCASE("the default size limit is 16 MiB") {
    const auto decoded = decode_plan(std::string(16U * 1024U * 1024U + 1U, ' '));
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message ==
          "the document is 16777217 bytes, more than the limit; expected at most 16777216 bytes");
  }
  SUBCASE("nesting depth") {
    // The document's own object is the first level.
    const std::string eleven = std::string(11, '[') + std::string(11, ']');
    CHECK(first_error_of(",\"x\":" + eleven).path == "/x");  // twelve levels: parsed, then unknown
    const std::string twelve = std::string(12, '[') + std::string(12, ']');
    const auto decoded = decode_plan("{\"x\":" + twelve + "}");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message ==
          "malformed JSON at line 1, column 17: arrays and objects are nested more than 12 levels deep; "
          "expected at most 12");
  }
  SUBCASE("list lengths") {
    PlanLimits limits;
    limits.max_guardians = 1;
    limits.max_students = 1;
    limits.max_resources = 0;
    limits.max_courses = 0;
    limits.max_commitments = 0;
    limits.max_placements = 0;
    const auto errors = errors_of(
        R"(,"guardians":[{},{}],"students":[{},{}],"resources":[{}],"courses":[{}],"commitments":[{}],"placements":[{}])",
        limits);
    REQUIRE(errors.size() == 6);
    CHECK(errors[0].text() == "/guardians: 2 guardians is more than the limit; expected at most 1");
    CHECK(errors[1].text() == "/students: 2 students is more than the limit; expected at most 1");
    CHECK(errors[2].text() == "/resources: 1 resources is more than the limit; expected at most 0");
    CHECK(errors[3].text() == "/courses: 1 courses is more than the limit; expected at most 0");
    CHECK(errors[4].text() == "/commitments: 1 commitments is more than the limit; expected at most 0");
    CHECK(errors[5].text() == "/placements: 1 placements is more than the limit; expected at most 0");
  }
  SUBCASE("windows, ids in one list, id and name lengths") {
    PlanLimits limits;
    limits.max_windows = 0;
    limits.max_refs = 1;
    limits.max_id_length = 2;
    limits.max_name_length = 3;
    const auto errors = errors_of(
        R"(,"guardians":[{"id":"abc","name":"Mom!","availability":[{"day":"mon","start":"08:00","end":"09:00"}]}])"
        R"(,"commitments":[{"id":"c","name":"C","day":"mon","start":"08:00","end":"09:00","students":["a","b"]}])",
        limits);
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].text() ==
          "/guardians/0/id: an id of 3 characters is too long; expected 1 to 2 characters from A-Z a-z 0-9 _ -");
    CHECK(errors[1].text() == "/guardians/0/name: a name of 4 characters is too long; expected 1 to 3 characters");
    CHECK(errors[2].text() == "/guardians/0/availability: 1 windows is more than the limit; expected at most 0");
    CHECK(errors[3].text() == "/commitments/0/students: 2 ids is more than the limit; expected at most 1");
  }
}

TEST_CASE("decoding carries on past recoverable errors, shows twenty and counts the rest") {
  SUBCASE("errors in different sections are all reported, in document order") {
    const auto errors = errors_of(
        R"(,"students":[{"id":"a","name":"A","grade":3},{"id":"a","name":"B"}])"
        R"(,"placements":[{"id":"p","course":"c","day":"mon","start":"25:00","duration":0}])");
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].text() == "/students/0/grade: expected a string, got a number");
    CHECK(errors[1].text() == "/students/1/id: \"a\" is already used by /students/0");
    CHECK(errors[2].text() == "/placements/0/start: \"25:00\" is not a time; expected \"HH:MM\" (00:00 to 24:00)");
    CHECK(errors[3].text() == "/placements/0/duration: 0 is out of range; expected an integer from 1 to 1440");
  }
  const auto students_with_errors = [](int n) {  // two errors each
    std::string students = ",\"students\":[";
    for (int i = 0; i < n; ++i) students += std::string(i > 0 ? "," : "") + R"({"id":"bad id","name":""})";
    return students + "]";
  };
  SUBCASE("twenty errors, then one saying how many more there are") {
    const auto errors = errors_of(students_with_errors(50));
    REQUIRE(errors.size() == 21);
    CHECK(errors[19].path == "/students/9/name");
    CHECK(errors[20] == DecodeError{"", "and 80 more problems not shown"});
    CHECK(errors[20].text() == "and 80 more problems not shown");
  }
  SUBCASE("one more is one more problem") {
    const auto errors = errors_of(students_with_errors(10) + R"(,"colour":1)");
    REQUIRE(errors.size() == 21);
    CHECK(errors[20] == DecodeError{"", "and 1 more problem not shown"});
  }
  SUBCASE("exactly twenty: no count") {
    const auto errors = errors_of(students_with_errors(10));
    CHECK(errors.size() == 20);
  }
  SUBCASE("a huge number of problems stops the reading early and says at least") {
    const auto errors = errors_of(students_with_errors(2000));
    REQUIRE(errors.size() == 21);
    CHECK(errors[20] == DecodeError{"", "and at least 980 more problems not shown"});
  }
}

TEST_CASE("wrong types say what was expected and what was found") {
  CHECK(first_error_of(R"(,"guardians":{})").text() == "/guardians: expected an array, got an object");
  CHECK(first_error_of(R"(,"guardians":[1])").text() == "/guardians/0: expected an object, got a number");
  CHECK(first_error_of(R"(,"name":null)").text() == "/name: expected a string, got null");
  CHECK(first_error_of(R"(,"resources":[{"id":"r","name":"R","capacity":true}])").text() ==
        "/resources/0/capacity: expected an integer, got a boolean");
  CHECK(first_error_of(R"(,"weights":[])").text() == "/weights: expected an object, got an array");
}

TEST_CASE("values out of their documented ranges are rejected") {
  SUBCASE("integers") {
    CHECK(first_error_of(R"(,"students":[{"id":"a","name":"A","maxDailyMinutes":1441}])").text() ==
          "/students/0/maxDailyMinutes: 1441 is out of range; expected an integer from 1 to 1440");
    CHECK(first_error_of(R"(,"resources":[{"id":"r","name":"R","capacity":1e10}])").text() ==
          "/resources/0/capacity: 10000000000 is out of range; expected an integer from 1 to 1000");
    CHECK(first_error_of(R"(,"resources":[{"id":"r","name":"R","capacity":18446744073709551615}])").text() ==
          "/resources/0/capacity: 18446744073709551615 is out of range; expected an integer from 1 to 1000");
    CHECK(first_error_of(
              R"(,"courses":[{"id":"c","subject":"S","students":["a"],"sessionsPerWeek":1,"minutesPerSession":1,"minDaysBetween":7}])")
              .text() == "/courses/0/minDaysBetween: 7 is out of range; expected an integer from 0 to 6");
  }
  SUBCASE("the week's own hours must not be empty") {
    const auto decoded = decode_plan(
        R"({"format":"brightpath-plan","version":1,"timeZone":"UTC","week":{"schoolDays":[],"start":"10:00","end":"09:00","grid":5}})");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].text() == "/week/end: 09:00 is before start 10:00");
  }
  SUBCASE("time zones") {
    for (const char* zone : {"Chicago", "America/", "/Chicago", "America//Chicago", "America/New York", "utc"}) {
      CAPTURE(zone);
      const auto decoded = decode_plan(std::string(R"({"format":"brightpath-plan","version":1,"timeZone":")") + zone +
                                       R"(","week":{"schoolDays":[],"start":"08:00","end":"09:00","grid":5}})");
      REQUIRE(decoded.errors.size() == 1);
      CHECK(decoded.errors[0].path == "/timeZone");
    }
    const auto decoded = decode_plan(std::string(R"({"format":"brightpath-plan","version":1,"timeZone":")")
                                         .append(65, 'A')
                                         .append(R"(/B","week":{"schoolDays":[],"start":"08:00","end":"09:00","grid":5}})"));
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message ==
          "a time zone name of 67 characters is too long; expected an IANA time zone name such as "
          "\"America/Chicago\", or \"UTC\" of at most 64 characters");
  }
  SUBCASE("long strings are cut short in messages") {
    const auto e = first_error_of(std::string(R"(,"placements":[{"id":"p","course":"c","day":")")
                                      .append(100, 'x')
                                      .append(R"(","start":"08:00","duration":5}])"));
    CHECK(e.message == std::string("\"").append(40, 'x').append("…\" is not a day; expected one of \"mon\", "
                                                               "\"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\""));
  }
}

TEST_CASE("a document of another format or version is not read further") {
  SUBCASE("version 2 names the supported version") {
    const auto decoded = decode_plan(R"({"format":"brightpath-plan","version":2,"novel":true})");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].text() == "/version: 2 is not a supported version; expected 1, the only version this decoder reads");
  }
  SUBCASE("missing format and version") {
    const auto decoded = decode_plan(R"({"timeZone":"UTC"})");
    REQUIRE(decoded.errors.size() == 2);
    CHECK(decoded.errors[0].text() == "missing required field \"format\"; expected \"brightpath-plan\"");
    CHECK(decoded.errors[1].text() == "missing required field \"version\"; expected 1");
  }
}

TEST_CASE("references to unknown ids are left to validation") {
  const auto decoded = decode_plan(
      kHead +
      R"(,"courses":[{"id":"c","subject":"S","students":["ghost"],"sessionsPerWeek":1,"minutesPerSession":30,"guardian":"nobody","resources":["nothing"]}])"
      R"(,"placements":[{"id":"p","course":"missing","day":"sun","start":"08:00","duration":30,"guardian":"x"}]})");
  for (const auto& e : decoded.errors) FAIL_CHECK(e.text());
  CHECK(decoded.ok());
}

TEST_CASE("a member written twice in one object is an error, not a silent override") {
  SUBCASE("at the top level") {
    const auto decoded = decode_plan(kHead + R"(,"name":"A","name":"B"})");
    REQUIRE_FALSE(decoded.errors.empty());
    CHECK(decoded.errors[0].text() == "/name: \"name\" appears more than once in this object; expected each field once");
  }
  SUBCASE("inside arrays, with the pointer escaped, and other errors still reported") {
    const auto errors = errors_of(R"(,"guardians":[{"id":"a","name":"A","availability":[]},)"
                                  R"({"id":"b","name":"B","x/y":1,"x/y":2,"availability":[]}])");
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].text() == "/guardians/1/x~1y: \"x/y\" appears more than once in this object; expected each field once");
    CHECK(errors[1].text() == "/guardians/1/x~1y: unknown field; expected one of id, name, availability");
  }
  SUBCASE("the same key in different objects is fine") {
    const auto decoded = decode_plan(kHead + R"(,"students":[{"id":"a","name":"A"},{"id":"b","name":"B"}]})");
    CHECK(decoded.ok());
  }
  SUBCASE("a repeat after a nested object closes") {
    const auto decoded = decode_plan(kHead + R"(,"students":[{"id":"a","name":"A"}],"name":"A","students":[]})");
    REQUIRE_FALSE(decoded.errors.empty());
    CHECK(decoded.errors[0].text() ==
          "/students: \"students\" appears more than once in this object; expected each field once");
  }
  SUBCASE("a repeat spelled with an escape") {
    const auto decoded = decode_plan(kHead + R"(,"name":"A","n\u0061me":"B"})");
    REQUIRE_FALSE(decoded.errors.empty());
    CHECK(decoded.errors[0].text() == "/name: \"name\" appears more than once in this object; expected each field once");
  }
  SUBCASE("in an object with very many members, with and without a repeat") {
    std::string members;
    for (int i = 0; i < 100; ++i) members += ",\"k" + std::to_string(i) + "\":" + std::to_string(i);
    const auto plain = decode_plan(kHead + ",\"extra\":{" + members.substr(1) + "}}");
    for (const auto& e : plain.errors) CHECK(e.text().find("more than once") == std::string::npos);
    const auto repeated = decode_plan(kHead + ",\"extra\":{" + members.substr(1) + ",\"k3\":0}}");
    REQUIRE_FALSE(repeated.errors.empty());
    CHECK(repeated.errors[0].text() == "/extra/k3: \"k3\" appears more than once in this object; expected each field once");
  }
}
