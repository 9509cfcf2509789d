#include <doctest/doctest.h>

#include <boost/json/parse_options.hpp>
#include <string>

#include "json/text_scan.hpp"

using brightpath::json::error_offset;
using brightpath::json::find_duplicate_key;

namespace {

// A valid array of exactly `n` bytes (n >= 3): "[0,0,...,0", spaces, "]".
std::string array_of(std::size_t n) {
  std::string text = "[0";
  while (text.size() + 3 <= n) text += ",0";
  text.append(n - 1 - text.size(), ' ');
  return text + "]";
}

}  // namespace

TEST_CASE("error_offset finds the byte where malformed text goes wrong") {
  const boost::json::parse_options options;
  REQUIRE(array_of(600).size() == 600);
  REQUIRE(error_offset(array_of(600), options) == 600);  // valid text: nothing goes wrong

  SUBCASE("in the first chunk") {
    CHECK(error_offset(R"({"a": x})", options) == 6);
    CHECK(error_offset(R"({"a" 1})", options) == 5);
  }

  SUBCASE("past the first chunk, and on both sides of a chunk boundary") {
    for (const std::size_t at : {255U, 256U, 257U, 511U, 512U, 1000U}) {
      std::string text = array_of(at + 2);  // whatever it replaces, the 'x' is the first wrong byte
      text[at] = 'x';
      CAPTURE(at);
      CHECK(error_offset(text, options) == at);
    }
  }

  SUBCASE("text after the document is where it goes wrong") {
    CHECK(error_offset(R"({"a": 1} x)", options) == 9);
    const std::string long_first = array_of(600) + " [";
    CHECK(error_offset(long_first, options) == 601);
  }

  SUBCASE("text that just ends is wrong at its end") {
    CHECK(error_offset(R"({"a": )", options) == 6);
    CHECK(error_offset(array_of(700).substr(0, 650), options) == 650);
  }

  SUBCASE("a repeated key is not a syntax error") {
    CHECK(error_offset(R"({"a": 1, "a": x})", options) == 14);
  }

  SUBCASE("nesting deeper than the options allow") {
    boost::json::parse_options shallow;
    shallow.max_depth = 3;
    CHECK(error_offset("[[[[1]]]]", shallow) == 3);
  }
}

TEST_CASE("find_duplicate_key names the second occurrence") {
  const auto found = find_duplicate_key(R"({"a": {"b": 1, "c": [1, {"d": 2, "d": 3}]}})", {});
  REQUIRE(found.has_value());
  CHECK(found->path == "/a/c/1/d");
  CHECK(found->key == "d");
  CHECK_FALSE(find_duplicate_key(R"({"a": 1, "b": {"a": 2}})", {}).has_value());
}
