// Input text repeated in an error (a quoted value, a key in a path) is cut to 40 characters
// and has its control and text-direction characters escaped: a 10 MB key gives a short error,
// and an error printed to a terminal cannot act on it.
#include <doctest/doctest.h>

#include <string>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"

using namespace brightpath;

namespace {

const std::string kHead =
    R"({"format":"brightpath-plan","version":1,"timeZone":"UTC",)"
    R"("week":{"schoolDays":["mon"],"start":"08:00","end":"15:00","grid":15})";

std::vector<DecodeError> errors_of(const std::string& members) {
  const auto decoded = decode_plan(kHead + members + "}");
  CHECK_FALSE(decoded.ok());
  return decoded.errors;
}

}  // namespace

TEST_CASE("input text repeated in errors is cut to forty characters") {
  SUBCASE("a 10 MB unknown key") {
    const std::string key(10U * 1024U * 1024U, 'k');
    const auto errors = errors_of(",\"" + key + "\":1");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == "/" + std::string(40, 'k') + "…");
    CHECK(errors[0].text().size() < 300);
  }
  SUBCASE("a long value in a message") {
    const auto errors = errors_of(R"(,"placements":[{"id":"p","course":"c","day":")" + std::string(100, 'x') +
                                  R"(","start":"08:00","duration":5}])");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "\"" + std::string(40, 'x') +
                                   "…\" is not a day; expected one of \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", "
                                   "\"sat\", \"sun\"");
  }
  SUBCASE("cut between characters, never inside one") {
    std::string day;
    for (int i = 0; i < 30; ++i) day += "é€";  // 2- and 3-byte characters
    const auto errors = errors_of(R"(,"placements":[{"id":"p","course":"c","day":")" + day +
                                  R"(","start":"08:00","duration":5}])");
    REQUIRE(errors.size() == 1);
    std::string cut;
    for (int i = 0; i < 20; ++i) cut += "é€";
    CHECK(errors[0].message.substr(0, cut.size() + 5) == "\"" + cut + "…\"");
  }
  SUBCASE("a long repeated key") {
    const std::string key(100, 'd');
    const auto errors = errors_of(",\"weights\":{\"" + key + "\":1,\"" + key + "\":2}");
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0] == DecodeError{"/weights/" + std::string(40, 'd') + "…",
                                   "\"" + std::string(40, 'd') +
                                       "…\" appears more than once in this object; expected each field once"});
  }
  SUBCASE("in an edit command") {
    const auto decoded = decode_edit(R"({"op":")" + std::string(1000, 'o') + R"("})");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].text() == "/op: \"" + std::string(40, 'o') +
                                          "…\" is not one of \"move\", \"resize\", \"add\", \"remove\", "
                                          "\"set-guardian\", \"set-availability\"");
  }
}

TEST_CASE("control and text-direction characters in repeated input are escaped") {
  SUBCASE("in a quoted value") {
    const auto errors = errors_of(R"(,"placements":[{"id":"p","course":"c","day":"mon\u202e\u0085\t","start":"08:00","duration":5}])");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.substr(0, 25) == R"("mon\u202e\u0085\t" is no)");
  }
  SUBCASE("in a key of a path") {
    const auto errors = errors_of(R"(,"week\u202e\u001b[2J":1)");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == R"(/week\u202e\u001b[2J)");
  }
  SUBCASE("text beyond ascii that is printable stays as it is") {
    const auto errors = errors_of(R"(,"placements":[{"id":"p","course":"c","day":"lün","start":"08:00","duration":5}])");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.substr(0, 6) == "\"lün\"");
  }
}
