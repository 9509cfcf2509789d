// The decoder's own JSON document (json/document_builder.hpp): what the decoder tests cannot
// see from outside — which strings are views of the text and which are unescaped copies, and
// that every value, including objects with repeated keys, comes out as Boost.JSON's DOM had it.
#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

#include "json/document_builder.hpp"
#include "json/json_reader.hpp"

using namespace brightpath::json;

namespace {

// Parses `text` into `arena`; fails the test on a parse error.
Value build(std::string_view text, DocumentArena& arena, bool* repeated = nullptr) {
  bool seen = false;
  boost::json::error_code ec;
  const Value root = build_document(text, arena, {}, seen, ec);
  REQUIRE_MESSAGE(!ec, ec.message());
  if (repeated != nullptr) *repeated = seen;
  return root;
}

bool inside(std::string_view part, std::string_view text) {
  const std::less_equal<const char*> before;
  return before(text.data(), part.data()) && before(part.data() + part.size(), text.data() + text.size());
}

// The same value as Boost.JSON's DOM of the same text: kinds, numbers, text, and members in
// the same order.
void check_same(const Value& v, const boost::json::value& expected, const std::string& path = "") {
  INFO("at " << path);
  switch (expected.kind()) {
    case boost::json::kind::null: CHECK(v.is_null()); break;
    case boost::json::kind::bool_: CHECK(v.if_bool() == expected.get_bool()); break;
    case boost::json::kind::int64: CHECK(v.if_int64() == expected.get_int64()); break;
    case boost::json::kind::uint64: CHECK(v.if_uint64() == expected.get_uint64()); break;
    case boost::json::kind::double_: CHECK(v.if_double() == expected.get_double()); break;
    case boost::json::kind::string: CHECK(v.if_string() == std::string_view(expected.get_string())); break;
    case boost::json::kind::array: {
      const auto items = v.if_array();
      REQUIRE(items);
      const auto& boost_items = expected.get_array();
      REQUIRE(items->size() == boost_items.size());
      for (std::size_t i = 0; i < items->size(); ++i) {
        check_same((*items)[i], boost_items[i], path + "/" + std::to_string(i));
      }
      break;
    }
    case boost::json::kind::object: {
      const auto members = v.if_object();
      REQUIRE(members);
      const auto& boost_members = expected.get_object();
      REQUIRE(members->size() == boost_members.size());
      std::size_t i = 0;
      for (const auto& m : boost_members) {
        const Member& ours = (*members)[i++];
        CHECK(ours.key == std::string_view(m.key()));
        check_same(ours.value, m.value(), path + "/" + std::string(m.key()));
      }
      break;
    }
  }
}

void check_same_as_boost(std::string_view text) {
  DocumentArena arena;
  check_same(build(text, arena), boost::json::parse(text));
}

}  // namespace

TEST_CASE("strings without escapes are views of the text, however long") {
  const std::string text = R"({"short":"ab","empty":"","long":")" + std::string(100000, 'x') + R"("})";
  DocumentArena arena;
  const auto members = build(text, arena).if_object();
  REQUIRE(members);
  REQUIRE(members->size() == 3);
  for (const Member& m : *members) {
    CHECK(inside(m.key, text));
    CHECK(inside(*m.value.if_string(), text));
  }
  CHECK((*members)[0].value.if_string() == "ab");
  CHECK((*members)[1].value.if_string() == "");
  CHECK((*members)[2].value.if_string() == std::string(100000, 'x'));
}

TEST_CASE("escaped strings and keys come out unescaped, copied into the arena") {
  const std::string text =
      R"({"a\nb":"say \"hi\"","caf\u00e9":"\u00e9t\u00e9","\ud83d\ude00":"smile \ud83d\ude00!","\\":"\/"})";
  DocumentArena arena;
  const auto members = build(text, arena).if_object();
  REQUIRE(members);
  REQUIRE(members->size() == 4);
  CHECK((*members)[0].key == "a\nb");
  CHECK((*members)[0].value.if_string() == "say \"hi\"");
  CHECK((*members)[1].key == "caf\xC3\xA9");
  CHECK((*members)[1].value.if_string() == "\xC3\xA9t\xC3\xA9");
  CHECK((*members)[2].key == "\xF0\x9F\x98\x80");
  CHECK((*members)[2].value.if_string() == "smile \xF0\x9F\x98\x80!");
  CHECK((*members)[3].key == "\\");
  CHECK((*members)[3].value.if_string() == "/");
  for (const Member& m : *members) {
    CHECK_FALSE(inside(m.key, text));
    CHECK_FALSE(inside(*m.value.if_string(), text));
  }
  check_same_as_boost(text);
}

TEST_CASE("strings split by escapes into many pieces come out whole") {
  // Longer than the parser's buffer for unescaped text, so it arrives in several pieces, the
  // first straight from the text.
  std::string expected;
  std::string text = R"(["head)";
  expected += "head";
  for (int i = 0; i < 3000; ++i) {
    text += "abc\\tdef\\u00e9";
    expected += "abc\tdef\xC3\xA9";
  }
  text += R"(", {"k\u0065y)" + std::string(9000, 'k') + R"(\n":1}])";
  DocumentArena arena;
  const auto items = build(text, arena).if_array();
  REQUIRE(items);
  REQUIRE(items->size() == 2);
  CHECK((*items)[0].if_string() == expected);
  const auto object = (*items)[1].if_object();
  REQUIRE(object);
  REQUIRE(object->size() == 1);
  CHECK((*object)[0].key == "key" + std::string(9000, 'k') + "\n");
  check_same_as_boost(text);
}

TEST_CASE("nested arrays and objects keep their shape and order") {
  const std::string text = R"([[1,[2,[]]],{"a":{"b":[true,false,null],"c":{}},"d":[{"e":"f"}]},[],{}])";
  DocumentArena arena;
  const auto items = build(text, arena).if_array();
  REQUIRE(items);
  REQUIRE(items->size() == 4);
  const auto first = (*items)[0].if_array();
  REQUIRE(first);
  CHECK((*first)[0].if_int64() == 1);
  CHECK((*first)[1].if_array()->size() == 2);
  CHECK((*first)[1].if_array()->back().if_array()->empty());
  const auto object = (*items)[1].if_object();
  REQUIRE(object);
  CHECK((*object)[0].key == "a");
  CHECK((*object)[1].key == "d");
  CHECK(find_member(*find_member(*object, "a")->if_object(), "b")->if_array()->size() == 3);
  CHECK((*items)[2].if_array()->empty());
  CHECK((*items)[3].if_object()->empty());
  check_same_as_boost(text);
  check_same_as_boost(std::string(30, '[') + std::string(30, ']'));  // the default depth limit is 32
}

TEST_CASE("numbers keep the kind and value Boost's parser gives them") {
  DocumentArena arena;
  const auto items = build("[-9223372036854775808, 9223372036854775807, 9223372036854775808, "
                           "18446744073709551615, 18446744073709551616, 0, -0, 2.5, 3e0, -1.5e-300]",
                           arena)
                         .if_array();
  REQUIRE(items);
  CHECK((*items)[0].if_int64() == std::numeric_limits<std::int64_t>::min());
  CHECK((*items)[1].if_int64() == std::numeric_limits<std::int64_t>::max());
  CHECK((*items)[2].if_uint64() == 9223372036854775808ULL);
  CHECK((*items)[3].if_uint64() == std::numeric_limits<std::uint64_t>::max());
  CHECK((*items)[4].if_double() == 18446744073709551616.0);
  CHECK((*items)[5].if_int64() == 0);
  CHECK((*items)[7].if_double() == 2.5);
  CHECK((*items)[8].if_double() == 3.0);
  check_same_as_boost("[-9223372036854775808, 9223372036854775807, 9223372036854775808, "
                      "18446744073709551615, 18446744073709551616, 0, -0, -0.0, 2.5, 3e0, -1.5e-300]");
}

TEST_CASE("values are described exactly as boost::json::serialize writes them") {
  const auto same = [](std::string_view text) {
    DocumentArena arena;
    const auto items = build(text, arena).if_array();
    const auto expected = boost::json::parse(text).as_array();
    REQUIRE(items->size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      if (expected[i].is_double() || expected[i].is_structured() || expected[i].is_string()) continue;
      CHECK(describe((*items)[i]) == boost::json::serialize(expected[i]));
    }
  };
  same("[-9223372036854775808, 9223372036854775807, 9223372036854775808, 18446744073709551615, 0, -7, "
       "true, false, null]");
  DocumentArena arena;
  const auto items = build(R"([2.5, 1e300, "x\"y", [1], {"a":1}, 3, true, null])", arena).if_array();
  CHECK(describe((*items)[0]) == "2.5");
  CHECK(describe((*items)[1]) == "1e+300");
  CHECK(describe((*items)[2]) == R"("x\"y")");
  CHECK(describe((*items)[3]) == "an array");
  CHECK(describe((*items)[4]) == "an object");
  CHECK(kind_name((*items)[0]) == "a number");
  CHECK(kind_name((*items)[2]) == "a string");
  CHECK(kind_name((*items)[5]) == "a number");
  CHECK(kind_name((*items)[6]) == "a boolean");
  CHECK(kind_name((*items)[7]) == "null");
}

TEST_CASE("a repeated key keeps its first position and its last value, as in Boost's DOM") {
  bool repeated = false;
  DocumentArena arena;
  const auto members = build(R"({"a":1,"b":2,"a":3,"c":4,"\u0061":5,"b":[6]})", arena, &repeated).if_object();
  CHECK(repeated);
  REQUIRE(members);
  REQUIRE(members->size() == 3);
  CHECK((*members)[0].key == "a");
  CHECK((*members)[0].value.if_int64() == 5);
  CHECK((*members)[1].key == "b");
  CHECK((*members)[1].value.if_array()->front().if_int64() == 6);
  CHECK((*members)[2].key == "c");
  check_same_as_boost(R"({"a":1,"b":2,"a":3,"c":4,"\u0061":5,"b":[6]})");
  check_same_as_boost(R"([{"x":{"x":1,"x":2},"x":3},{"y":[],"y":{}}])");

  SUBCASE("in objects too big to compare key by key") {
    std::string text = "{";
    for (int i = 0; i < 300; ++i) text += "\"k" + std::to_string(i % 120) + "\":" + std::to_string(i) + ",";
    text += "\"last\":0}";
    bool big_repeated = false;
    DocumentArena big_arena;
    CHECK(build(text, big_arena, &big_repeated).if_object()->size() == 121);
    CHECK(big_repeated);
    check_same_as_boost(text);
  }
  SUBCASE("and nothing is flagged without a repeat") {
    std::string text = "{";
    for (int i = 0; i < 300; ++i) text += "\"k" + std::to_string(i) + "\":{\"a\":1,\"b\":2},";
    text += "\"last\":{\"a\":1,\"A\":2}}";
    bool none = true;
    DocumentArena big_arena;
    CHECK(build(text, big_arena, &none).if_object()->size() == 301);
    CHECK_FALSE(none);
    check_same_as_boost(text);
  }
}
