#include <doctest/doctest.h>

#include "brightpath/edit_json.hpp"

using namespace brightpath;

namespace {

Edit edit_ok(const std::string& text) {
  const auto decoded = decode_edit(text);
  for (const auto& e : decoded.errors) FAIL_CHECK(e.text());
  REQUIRE(decoded.ok());
  return *decoded.value;
}

std::vector<std::string> error_texts(const std::string& text) {
  const auto decoded = decode_edit(text);
  CHECK_FALSE(decoded.ok());
  std::vector<std::string> out;
  for (const auto& e : decoded.errors) out.push_back(e.text());
  return out;
}

}  // namespace

TEST_CASE("each edit op decodes into its session edit") {
  SUBCASE("move") {
    const Edit e = edit_ok(R"({"op":"move","lesson":"p1","day":"tue","start":"09:00"})");
    const auto* move = std::get_if<MoveLesson>(&e);
    REQUIRE(move != nullptr);
    CHECK(move->lesson == "p1");
    CHECK(move->day == 1);
    CHECK(move->start == 540);
  }
  SUBCASE("resize") {
    const Edit e = edit_ok(R"({"op":"resize","lesson":"p1","duration":30})");
    const auto* resize = std::get_if<ResizeLesson>(&e);
    REQUIRE(resize != nullptr);
    CHECK(resize->lesson == "p1");
    CHECK(resize->duration == 30);
  }
  SUBCASE("add carries a placement exactly as plans write it") {
    const Edit e = edit_ok(
        R"({"op":"add","lesson":{"id":"p9","course":"math","day":"fri","start":"13:30","duration":45,)"
        R"("guardian":"dad","resources":["piano"],"locked":true}})");
    const auto* add = std::get_if<AddLesson>(&e);
    REQUIRE(add != nullptr);
    CHECK(add->lesson == Placement{"p9", "math", 4, 810, 45, "dad", {"piano"}, true});
  }
  SUBCASE("remove") {
    const Edit e = edit_ok(R"({"lesson":"p1","op":"remove"})");
    const auto* remove = std::get_if<RemoveLesson>(&e);
    REQUIRE(remove != nullptr);
    CHECK(remove->lesson == "p1");
  }
  SUBCASE("set-guardian with a guardian, with null and without one") {
    const Edit named = edit_ok(R"({"op":"set-guardian","lesson":"p1","guardian":"mom"})");
    REQUIRE(std::holds_alternative<SetLessonGuardian>(named));
    CHECK(std::get<SetLessonGuardian>(named).guardian == "mom");
    const Edit null = edit_ok(R"({"op":"set-guardian","lesson":"p1","guardian":null})");
    CHECK_FALSE(std::get<SetLessonGuardian>(null).guardian.has_value());
    const Edit absent = edit_ok(R"({"op":"set-guardian","lesson":"p1"})");
    CHECK_FALSE(std::get<SetLessonGuardian>(absent).guardian.has_value());
  }
  SUBCASE("set-availability") {
    const Edit e = edit_ok(
        R"({"op":"set-availability","guardian":"mom","availability":[{"day":"mon","start":"08:00","end":"12:00"}]})");
    const auto* set = std::get_if<SetAvailability>(&e);
    REQUIRE(set != nullptr);
    CHECK(set->guardian == "mom");
    CHECK(set->availability == std::vector<DaySpan>{{0, {480, 720}}});
    CHECK(std::get<SetAvailability>(edit_ok(R"({"op":"set-availability","guardian":"mom","availability":[]})"))
              .availability.empty());
  }
}

TEST_CASE("bad edits are reported with paths like plan errors") {
  SUBCASE("missing or unknown op") {
    CHECK(error_texts(R"({"lesson":"p1"})") ==
          std::vector<std::string>{"missing required field \"op\"; expected one of \"move\", \"resize\", \"add\", "
                                   "\"remove\", \"set-guardian\", \"set-availability\""});
    CHECK(error_texts(R"({"op":"jump"})") ==
          std::vector<std::string>{"/op: \"jump\" is not one of \"move\", \"resize\", \"add\", \"remove\", "
                                   "\"set-guardian\", \"set-availability\""});
    CHECK(error_texts(R"({"op":3})") == std::vector<std::string>{"/op: expected a string, got a number"});
  }
  SUBCASE("members of another op are unknown fields") {
    CHECK(error_texts(R"({"op":"remove","lesson":"p1","day":"mon"})") ==
          std::vector<std::string>{"/day: unknown field; expected one of op, lesson"});
  }
  SUBCASE("bad values and missing members") {
    CHECK(error_texts(R"({"op":"move","lesson":"p 1","start":"9:00"})") ==
          std::vector<std::string>{
              "/lesson: \"p 1\" is not an id; expected 1 to 64 characters from A-Z a-z 0-9 _ -",
              "missing required field \"day\"",
              "/start: \"9:00\" is not a time; expected \"HH:MM\" (00:00 to 24:00)"});
    CHECK(error_texts(R"({"op":"resize","lesson":"p1","duration":0})") ==
          std::vector<std::string>{"/duration: 0 is out of range; expected an integer from 1 to 1440"});
    CHECK(error_texts(R"({"op":"set-guardian","lesson":"p1","guardian":false})") ==
          std::vector<std::string>{"/guardian: expected a string, got a boolean"});
  }
  SUBCASE("an added lesson is checked like a plan's") {
    CHECK(error_texts(R"({"op":"add","lesson":{"id":"p9","course":"c","day":"mon","start":"23:50","duration":20}})") ==
          std::vector<std::string>{
              "/lesson/duration: 20 minutes from 23:50 ends after 24:00; expected the lesson to end by 24:00"});
    CHECK(error_texts(R"({"op":"add","lesson":{"id":"p9"}})").front() == "/lesson: missing required field \"course\"");
  }
  SUBCASE("availability windows are checked like a plan's") {
    CHECK(error_texts(R"({"op":"set-availability","guardian":"mom","availability":[{"day":"mon","start":"12:00","end":"08:00"}]})") ==
          std::vector<std::string>{"/availability/0/end: 08:00 is before start 12:00"});
  }
  SUBCASE("malformed json and non-objects") {
    CHECK(error_texts(R"({"op":"move",)") ==
          std::vector<std::string>{"malformed JSON at line 1, column 14: the document ends too early (truncated?); "
                                   "expected the rest of the JSON value"});
    CHECK(error_texts("[]") == std::vector<std::string>{"expected an object, got an array"});
  }
}
