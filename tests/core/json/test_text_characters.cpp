// Control and text-direction characters in text a person types (names, subjects, grades, the
// plan's name, ids, the time zone) are refused with the path and the code point: that text is
// printed as it is, to terminals and pages, later.
#include <doctest/doctest.h>

#include <string>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"

using namespace brightpath;

namespace {

const std::string kHead =
    R"({"format":"brightpath-plan","version":1,"week":{"schoolDays":["mon"],"start":"08:00","end":"15:00","grid":15})";
const std::string kExpected = "; expected printable text without control or text-direction characters";
const std::string kIdExpected = "; expected 1 to 64 characters from A-Z a-z 0-9 _ -";

// The plan's first error; `members` include the time zone.
DecodeError first_error(const std::string& members) {
  const auto decoded = decode_plan(kHead + members + "}");
  CHECK_FALSE(decoded.ok());
  REQUIRE_FALSE(decoded.errors.empty());
  return decoded.errors.front();
}

DecodeError first_error_in(const std::string& members) { return first_error(R"(,"timeZone":"UTC")" + members); }

}  // namespace

TEST_CASE("control and text-direction characters are refused in free text") {
  SUBCASE("a right-to-left override in a name") {
    CHECK(first_error_in(R"(,"students":[{"id":"a","name":"Ana\u202Egpj.exe"}])") ==
          DecodeError{"/students/0/name", "U+202E right-to-left override is not allowed in a name" + kExpected});
  }
  SUBCASE("the same character written raw in UTF-8") {
    CHECK(first_error_in(",\"guardians\":[{\"id\":\"m\",\"name\":\"Mom\xE2\x80\xAE\",\"availability\":[]}]").text() ==
          "/guardians/0/name: U+202E right-to-left override is not allowed in a name" + kExpected);
  }
  SUBCASE("tabs, new lines and NUL") {
    CHECK(first_error_in(R"(,"resources":[{"id":"r","name":"Pi\tano"}])").message ==
          "U+0009 tab is not allowed in a name" + kExpected);
    CHECK(first_error_in(R"(,"commitments":[{"id":"c","name":"Co-op\n","day":"mon","start":"09:00","end":"10:00","students":["a"]}])")
              .message == "U+000A line feed (new line) is not allowed in a name" + kExpected);
    CHECK(first_error_in(R"(,"students":[{"id":"a","name":"A\u0000"}])").message ==
          "U+0000 null character is not allowed in a name" + kExpected);
  }
  SUBCASE("C1 controls, delete, isolates and direction marks") {
    CHECK(first_error_in(R"(,"students":[{"id":"a","name":"A\u0085"}])").message ==
          "U+0085 control character is not allowed in a name" + kExpected);
    CHECK(first_error_in(R"(,"students":[{"id":"a","name":"A\u007f"}])").message ==
          "U+007F delete is not allowed in a name" + kExpected);
    CHECK(first_error_in(R"(,"students":[{"id":"a","name":"\u2067A"}])").message ==
          "U+2067 right-to-left isolate is not allowed in a name" + kExpected);
    CHECK(first_error_in(R"(,"students":[{"id":"a","name":"A\u200f"}])").message ==
          "U+200F right-to-left mark is not allowed in a name" + kExpected);
    CHECK(first_error_in(R"(,"students":[{"id":"a","name":"A\u061c"}])").message ==
          "U+061C Arabic letter mark is not allowed in a name" + kExpected);
  }
  SUBCASE("subjects, grades and the plan's name") {
    CHECK(first_error_in(R"(,"courses":[{"id":"c","subject":"Ma\u202Dth","students":["a"],"sessionsPerWeek":1,"minutesPerSession":30}])") ==
          DecodeError{"/courses/0/subject", "U+202D left-to-right override is not allowed in a name" + kExpected});
    CHECK(first_error_in(R"(,"students":[{"id":"a","name":"A","grade":"3\r"}])") ==
          DecodeError{"/students/0/grade", "U+000D carriage return is not allowed in a grade" + kExpected});
    CHECK(first_error_in(R"(,"name":"Rivera\u001b[2J")") ==
          DecodeError{"/name", "U+001B escape is not allowed in a name" + kExpected});
  }
  SUBCASE("ids, named by the code point") {
    CHECK(first_error_in(R"(,"students":[{"id":"a\u202e","name":"A"}])") ==
          DecodeError{"/students/0/id", "U+202E right-to-left override is not allowed in an id" + kIdExpected});
    CHECK(first_error_in(R"(,"courses":[{"id":"c","subject":"S","students":["a\u0000"],"sessionsPerWeek":1,"minutesPerSession":30}])") ==
          DecodeError{"/courses/0/students/0", "U+0000 null character is not allowed in an id" + kIdExpected});
  }
  SUBCASE("the time zone") {
    CHECK(first_error(R"(,"timeZone":"America/Chicago\u202e")") ==
          DecodeError{"/timeZone", "U+202E right-to-left override is not allowed in a time zone name" + kExpected});
  }
  SUBCASE("edit commands") {
    const auto decoded = decode_edit(R"({"op":"move","lesson":"p1\u2066","day":"mon","start":"09:00"})");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0] ==
          DecodeError{"/lesson", "U+2066 left-to-right isolate is not allowed in an id" + kIdExpected});
  }
}

TEST_CASE("other text beyond ascii is accepted in names") {
  // Accents, scripts written right to left, emoji built with joiners, the Persian non-joiner.
  const auto decoded = decode_plan(
      kHead +
      R"(,"timeZone":"UTC","name":"Familia Núñez 2026–27","students":[{"id":"a","name":"Cléo"},{"id":"b","name":"مريم"},)"
      R"({"id":"c","name":"👩‍👧 Ana"},{"id":"d","name":"می‌خواهم"}]})");
  for (const auto& e : decoded.errors) FAIL_CHECK(e.text());
  REQUIRE(decoded.ok());
  CHECK(decoded.value->students[1].name == "مريم");
}
