// Numbers, durations and times in messages have one formatter each (brightpath/time.hpp):
// rules, the solver's explanations and the command line all word them through it.
#include <doctest/doctest.h>

#include <climits>
#include <string>

#include "brightpath/time.hpp"

using namespace brightpath;

TEST_CASE("int_chars writes integers as std::to_string does") {
  for (const int value : {0, 7, 10, 99, 100, -1, -10, 12345, INT_MIN, INT_MAX}) {
    CHECK(int_chars(value).view() == std::to_string(value));
    std::string appended = "n=";
    append_int(appended, value);
    CHECK(appended == "n=" + std::to_string(value));
  }
}

TEST_CASE("durations are spoken in hours and minutes") {
  CHECK(duration_chars(0).view() == "0 min");
  CHECK(duration_chars(45).view() == "45 min");
  CHECK(duration_chars(60).view() == "1 h");
  CHECK(duration_chars(90).view() == "1 h 30 min");
  CHECK(duration_text(125) == "2 h 5 min");
  CHECK(duration_text(INT_MAX) == "35791394 h 7 min");
  std::string appended = "for ";
  append_duration(appended, 75);
  CHECK(appended == "for 1 h 15 min");
}

TEST_CASE("times are spoken as clock ranges with an en dash") {
  CHECK(time_range_chars({9 * 60, 9 * 60 + 45}).view() == "09:00\u201309:45");
  CHECK(span_chars({2, {0, 24 * 60}}).view() == "Wednesday 00:00\u201324:00");
  CHECK(span_text({6, {23 * 60, 23 * 60 + 59}}) == "Sunday 23:00\u201323:59");
}
