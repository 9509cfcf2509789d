// Thousands of damaged variants of a valid document: the decoder must answer each with a
// value or errors, never crash, hang or read out of bounds (the debug preset runs this under
// AddressSanitizer and UndefinedBehaviorSanitizer).
#include <doctest/doctest.h>

#include <cstdint>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"
#include "codec_test_support.hpp"
#include "random.hpp"

using namespace brightpath;

namespace {

// Bytes that matter to JSON and to the format, so mutations often land on meaningful damage.
constexpr char kInteresting[] = "{}[]\":,0123456789-+.eE \\/~tfnul\x01\xC3\xA9\xFF";

std::string mutate(std::string text, Random& rng) {
  const std::size_t edits = 1 + rng.below(std::size_t{4});
  for (std::size_t e = 0; e < edits && !text.empty(); ++e) {
    const std::size_t at = rng.below(text.size());
    switch (rng.below(5)) {
      case 0: text.erase(at, 1 + rng.below(std::size_t{8})); break;
      case 1: text[at] = kInteresting[rng.below(sizeof kInteresting - 1)]; break;
      case 2: text.insert(at, 1, kInteresting[rng.below(sizeof kInteresting - 1)]); break;
      case 3: text[at] = static_cast<char>(rng.below(256)); break;
      default: text.resize(at); break;  // truncation
    }
  }
  return text;
}

void check_answer(const Decoded<Plan>& decoded) {
  CHECK(decoded.ok() == decoded.errors.empty());
  CHECK(decoded.errors.size() <= 20);
  // A mutated document that still decodes must survive its own round trip.
  if (decoded.ok()) CHECK(decode_plan(encode_plan(*decoded.value)).value == decoded.value);
}

}  // namespace

TEST_CASE("mutated plan documents never crash the decoder") {
  const std::string original = encode_plan(codec_test::full_plan());
  REQUIRE(decode_plan(original).ok());
  Random rng(20260901);
  int decoded_fine = 0;
  for (int i = 0; i < 4000; ++i) {
    const auto decoded = decode_plan(mutate(original, rng));
    check_answer(decoded);
    decoded_fine += decoded.ok() ? 1 : 0;
  }
  MESSAGE(decoded_fine << " of 4000 mutated documents still decoded");
}

TEST_CASE("mutated edit commands never crash the edit decoder") {
  const std::string edits[] = {
      R"({"op":"move","lesson":"p1","day":"tue","start":"09:00"})",
      R"({"op":"add","lesson":{"id":"p9","course":"math","day":"fri","start":"13:30","duration":45,"resources":["a"]}})",
      R"({"op":"set-availability","guardian":"mom","availability":[{"day":"mon","start":"08:00","end":"12:00"}]})",
  };
  Random rng(7);
  for (int i = 0; i < 1500; ++i) {
    const auto decoded = decode_edit(mutate(edits[i % 3], rng));
    CHECK(decoded.ok() == decoded.errors.empty());
  }
}

TEST_CASE("hostile shapes are rejected quickly") {
  SUBCASE("very deep nesting stops at the depth limit") {
    const auto decoded = decode_plan(std::string(100000, '['));
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0].message.find("nested more than 12 levels") != std::string::npos);
  }
  SUBCASE("a huge list of bad ids shows twenty errors and counts the rest") {
    std::string text =
        R"({"format":"brightpath-plan","version":1,"timeZone":"UTC","week":{"schoolDays":[],"start":"08:00","end":"09:00","grid":5},"courses":[{"id":"c","subject":"S","sessionsPerWeek":1,"minutesPerSession":1,"students":[)";
    for (int i = 0; i < 400; ++i) text += std::string(i > 0 ? "," : "") + "\"x y\"";
    text += "]}]}";
    const auto errors = decode_plan(text).errors;
    REQUIRE(errors.size() == 21);
    CHECK(errors[20].message == "and 380 more problems not shown");
  }
  SUBCASE("an object with many unknown keys") {
    std::string text = "{\"format\":\"brightpath-plan\",\"version\":1";
    for (int i = 0; i < 100000; ++i) text += ",\"k" + std::to_string(i) + "\":0";
    text += "}";
    const auto errors = decode_plan(text).errors;
    REQUIRE(errors.size() == 21);
    // Unknown keys are all counted (finding them is one pass over the object), and so are the
    // two missing members: 100002 problems, 20 of them shown.
    CHECK(errors[20].message == "and 99982 more problems not shown");
  }
}
