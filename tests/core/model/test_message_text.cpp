#include <doctest/doctest.h>

#include <climits>
#include <string>

#include "brightpath/time.hpp"
#include "message_text.hpp"

using brightpath::detail::MessageText;

namespace {

std::string int_text(int value) {
  MessageText text;
  text.append_int(value);
  return std::string(text.view());
}

std::string duration(int minutes) {
  MessageText text;
  text.append_duration(minutes);
  return std::string(text.view());
}

}  // namespace

TEST_CASE("a message keeps every byte past its inline buffer") {
  // Pieces of every kind and of lengths around copy_bytes' cases (1, 4, 8, 16, 17+), so the
  // text crosses into the heap in the middle of a piece and later grows again.
  MessageText text;
  std::string expected;
  for (int i = 0; expected.size() < 1000; ++i) {
    const std::string piece(static_cast<std::size_t>(i % 19), static_cast<char>('a' + i % 26));
    text += piece;
    expected += piece;
    text += ',';
    expected += ',';
    text.append_int(i * 37);
    expected += std::to_string(i * 37);
    text.append_duration(i * 13);
    expected += brightpath::duration_text(i * 13);
    CHECK(text.view() == expected);
  }
  CHECK(text.size() == expected.size());
  CHECK(text.view() == expected);
}

TEST_CASE("a piece longer than the whole inline buffer is kept at once") {
  const std::string long_piece(1000, 'x');
  MessageText text;
  text += "Ada: ";
  text += long_piece;
  text += '.';
  CHECK(text.view() == "Ada: " + long_piece + ".");
}

TEST_CASE("append_int writes integers as std::to_string does") {
  for (const int value : {0, 9, 10, 99, 100, -1, -9, -10, 12345, INT_MIN, INT_MAX}) {
    CHECK(int_text(value) == std::to_string(value));
  }
}

TEST_CASE("append_duration is worded like brightpath::append_duration") {
  CHECK(duration(0) == "0 min");
  CHECK(duration(45) == "45 min");
  CHECK(duration(60) == "1 h");
  CHECK(duration(90) == "1 h 30 min");
  CHECK(duration(125) == "2 h 5 min");
  for (const int minutes : {1, 59, 61, 600, 10000, 1234567, INT_MAX}) {
    CHECK(duration(minutes) == brightpath::duration_text(minutes));
  }
}

TEST_CASE("append_clock writes HH:MM") {
  MessageText text;
  text.append_clock(9 * 60 + 5);
  text += '-';
  text.append_clock(23 * 60 + 59);
  text += '-';
  text.append_clock(0);
  CHECK(text.view() == "09:05-23:59-00:00");
}

TEST_CASE("capitalize_at uppercases a lowercase ASCII letter only") {
  MessageText text;
  CHECK(text.empty());
  text.capitalize_at(0);  // nothing there yet
  CHECK(text.empty());
  text += "the piano, 7 and Ünder";
  text.capitalize_at(0);
  text.capitalize_at(4);
  text.capitalize_at(11);  // a digit stays
  text.capitalize_at(17);  // the first byte of "Ü" stays
  text.capitalize_at(100);  // past the end: nothing
  CHECK(text.view() == "The Piano, 7 and Ünder");
}
