// A \uXXXX escape of half a UTF-16 surrogate pair cannot become UTF-8 text. The document is
// malformed, but the error still names the string that holds the escape.
#include <doctest/doctest.h>

#include <string>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"

using namespace brightpath;

namespace {

const std::string kHead =
    R"({"format":"brightpath-plan","version":1,"timeZone":"UTC",)"
    R"("week":{"schoolDays":["mon"],"start":"08:00","end":"15:00","grid":15})";
const std::string kExpected =
    "; expected a \\ud800-\\udbff escape followed by a \\udc00-\\udfff one, or the character itself in UTF-8";

DecodeError only_error(const std::string& text) {
  const auto decoded = decode_plan(text);
  CHECK_FALSE(decoded.ok());
  REQUIRE(decoded.errors.size() == 1);
  return decoded.errors[0];
}

std::string students(const std::string& name) {
  return kHead + R"(,"students":[{"id":"a","name":"Ana"},{"id":"b","name":")" + name + R"("}]})";
}

}  // namespace

TEST_CASE("an unpaired surrogate escape is reported at the path of its string") {
  // The name starts at column 182 of the one-line document.
  SUBCASE("a high surrogate alone") {
    CHECK(only_error(students(R"(\ud800)")) ==
          DecodeError{"/students/1/name",
                      "malformed JSON at line 1, column 182: an unpaired UTF-16 surrogate escape \\ud800" + kExpected});
  }
  SUBCASE("a high surrogate followed by text") {
    CHECK(only_error(students(R"(Bo\uD83Dlo)")).text() ==
          "/students/1/name: malformed JSON at line 1, column 184: an unpaired UTF-16 surrogate escape \\uD83D" +
              kExpected);
  }
  SUBCASE("a high surrogate followed by an escape that is not a low one") {
    CHECK(only_error(students(R"(\ud800\u0041)")).path == "/students/1/name");
    CHECK(only_error(students(R"(\ud800\ud800)")).message.find("escape \\ud800;") != std::string::npos);
  }
  SUBCASE("a low surrogate alone") {
    CHECK(only_error(students(R"(x\udc00)")) ==
          DecodeError{"/students/1/name",
                      "malformed JSON at line 1, column 183: an unpaired UTF-16 surrogate escape \\udc00" + kExpected});
  }
  SUBCASE("in a key: the object's path") {
    const auto e = only_error(kHead + R"(,"guardians":[{"id":"m","\ud800":1}]})");
    CHECK(e.path == "/guardians/0");
    CHECK(e.message.find("a member name has an unpaired UTF-16 surrogate escape \\ud800") != std::string::npos);
  }
  SUBCASE("at the top level: the document's path") {
    CHECK(only_error(R"("\ud800")").path == "");
  }
  SUBCASE("an escaped backslash before u is not an escape") {
    const auto e = only_error(students(R"(\\ud800\x)"));
    CHECK(e.path == "");
    CHECK(e.message.find("unpaired") == std::string::npos);
  }
  SUBCASE("in an edit command") {
    const auto decoded = decode_edit(R"({"op":"remove","lesson":"p\udbff"})");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].path == "/lesson");
    CHECK(decoded.errors[0].message.find("unpaired UTF-16 surrogate escape \\udbff") != std::string::npos);
  }
  SUBCASE("a pair is one character") {
    const auto decoded = decode_plan(students(R"(Bo \ud83d\ude00)"));
    CHECK(decoded.ok());
    REQUIRE(decoded.value->students.size() == 2);
    CHECK(decoded.value->students[1].name == "Bo \xF0\x9F\x98\x80");
  }
}
