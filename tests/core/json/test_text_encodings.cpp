// Text that is not plain UTF-8 JSON as the decoders expect it, but as editors save it: a UTF-8
// byte order mark (skipped) and UTF-16 (named as such).
#include <doctest/doctest.h>

#include <string>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"

using namespace brightpath;

namespace {

const std::string kPlan =
    R"({"format":"brightpath-plan","version":1,"timeZone":"UTC",)"
    R"("week":{"schoolDays":["mon"],"start":"08:00","end":"15:00","grid":15}})";
const std::string kEdit = R"({"op":"remove","lesson":"p1"})";
const std::string kUtf8Bom = "\xEF\xBB\xBF";

// `text` (ASCII) as UTF-16 little- or big-endian, with or without a byte order mark.
std::string utf16(const std::string& text, bool little_endian, bool bom) {
  std::string out;
  if (bom) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : text) {
    if (little_endian) {
      out += c;
      out += '\0';
    } else {
      out += '\0';
      out += c;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a utf-8 byte order mark at the start is skipped") {
  SUBCASE("plan") {
    const auto decoded = decode_plan(kUtf8Bom + kPlan);
    CHECK(decoded.errors.empty());
    CHECK(decoded.ok());
  }
  SUBCASE("edit") {
    const auto decoded = decode_edit(kUtf8Bom + kEdit);
    CHECK(decoded.errors.empty());
    CHECK(decoded.ok());
  }
  SUBCASE("lines and columns count from after it") {
    const auto decoded = decode_plan(kUtf8Bom + "{\n  x");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message ==
          "malformed JSON at line 2, column 3: unexpected 'x'; expected valid JSON (check for a missing comma, "
          "quote, colon or bracket)");
  }
  SUBCASE("only at the start") {
    const auto decoded = decode_plan(kPlan + kUtf8Bom);
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message ==
          "malformed JSON at line 1, column 128: unexpected text after the end of the document; expected a single "
          "JSON value");
  }
}

TEST_CASE("utf-16 text is named as utf-16, not as a control character") {
  const std::string bom_message =
      "the document is UTF-16 text (it starts with a UTF-16 byte order mark); expected UTF-8 encoded JSON (save "
      "the file as UTF-8)";
  const std::string nul_message =
      "the document looks like UTF-16 text (every other byte is 0x00); expected UTF-8 encoded JSON (save the "
      "file as UTF-8)";
  for (const bool little_endian : {true, false}) {
    CAPTURE(little_endian);
    for (const bool bom : {true, false}) {
      CAPTURE(bom);
      const auto plan = decode_plan(utf16(kPlan, little_endian, bom));
      REQUIRE(plan.errors.size() == 1);
      CHECK(plan.errors[0] == DecodeError{"", bom ? bom_message : nul_message});
      const auto edit = decode_edit(utf16(kEdit, little_endian, bom));
      REQUIRE(edit.errors.size() == 1);
      CHECK(edit.errors[0] == DecodeError{"", bom ? bom_message : nul_message});
    }
  }
}
