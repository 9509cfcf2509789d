#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "brightpath/time.hpp"
#include "brightpath/validate.hpp"
#include "json/json_writer.hpp"

using brightpath::json::JsonWriter;

namespace {

std::string written(std::string_view text) {
  JsonWriter w(1);  // a buffer too small to start with: growing is tested too
  w.string(text);
  return w.take();
}

std::string boost_text(std::string_view text) {
  return boost::json::serialize(boost::json::string_view(text.data(), text.size()));
}

}  // namespace

bool ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80U) return false;
  }
  return true;
}

// The string a JSON string literal stands for, read back by Boost.
std::string read_back(const std::string& json) {
  const boost::json::value v = boost::json::parse(json);
  return std::string(v.as_string().c_str(), v.as_string().size());
}

TEST_CASE("the writer escapes every ASCII byte exactly as boost::json::serialize does") {
  for (int byte = 0; byte < 0x80; ++byte) {
    const std::string alone(1, static_cast<char>(byte));
    // At every position of texts of every length up to 17: text is checked and copied eight
    // bytes at a time, and the rest byte by byte.
    for (std::size_t length = 1; length <= 17; ++length) {
      for (std::size_t at = 0; at < length; ++at) {
        std::string text(length, 'x');
        text[at] = static_cast<char>(byte);
        CAPTURE(byte);
        CAPTURE(at);
        CAPTURE(length);
        CHECK(written(text) == boost_text(text));
      }
    }
    CHECK(written(alone) == boost_text(alone));
  }
  CHECK(written("Theo's \"PE\" \\ 9:00-9:30\n\t\x01 /end") ==
        boost_text("Theo's \"PE\" \\ 9:00-9:30\n\t\x01 /end"));
  CHECK(written("") == "\"\"");
}

TEST_CASE("text beyond ASCII is written as \\u escapes that read back as the same text") {
  // Two-, three- and four-byte UTF-8 (an en dash, a Cyrillic letter, a piano emoji), at the
  // edges of eight-byte words and next to escaped ASCII.
  for (const std::string text :
       {"9:00–9:30", "Zoë", "Ли", "🎹", "a🎹b\"c", "12345678–", "1234567–8", "\xC2\x80\xDF\xBF\xEF\xBF\xBF\xF4\x8F\xBF\xBF"}) {
    CAPTURE(text);
    const std::string json = written(text);
    CHECK(ascii(json));
    CHECK(read_back(json) == text);
  }
  CHECK(written("–") == "\"\\u2013\"");
  CHECK(written("🎹") == "\"\\ud83c\\udfb9\"");
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD, never invalid JSON") {
  // A lone continuation byte, a truncated sequence, an overlong form, a surrogate, a code
  // point above U+10FFFF and a lead byte at the very end.
  for (const std::string text : {"a\x80" "b", "a\xE2\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "x\xF0"}) {
    CAPTURE(text);
    const std::string json = written(text);
    CHECK(ascii(json));
    const std::string back = read_back(json);
    CHECK(back.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD in UTF-8
  }
  CHECK(read_back(written("a\x80" "b")) == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("the writer's structure matches boost::json::serialize of the same value") {
  JsonWriter w;
  w.begin_object();
  w.key("ok");
  w.boolean(true);
  w.key("list");
  w.begin_array();
  w.number(-3);
  w.begin_object();
  w.end_object();
  w.begin_array();
  w.end_array();
  w.string("x");
  w.end_array();
  w.key("n");
  w.number(1234567890123);
  w.key("no");
  w.boolean(false);
  w.end_object();
  const boost::json::value same = {{"ok", true},
                                   {"list", boost::json::array{-3, boost::json::object{}, boost::json::array{}, "x"}},
                                   {"n", 1234567890123},
                                   {"no", false}};
  CHECK(w.take() == boost::json::serialize(same));
}

TEST_CASE("numbers are written as Boost writes them, around the short path for small counts") {
  for (const std::int64_t n : {0LL, 1LL, 9LL, 10LL, 42LL, 99LL, 100LL, 101LL, 110LL, 999LL, 1000LL, 1001LL, -1LL,
                               -999LL, 9223372036854775807LL, -9223372036854775807LL - 1}) {
    JsonWriter w;
    w.begin_array();
    w.number(n);
    w.number(n);
    w.end_array();
    CHECK(w.take() == boost::json::serialize(boost::json::array{n, n}));
  }
}

TEST_CASE("the format's own words are written as string() would write them") {
  std::vector<std::string> words;
  for (const auto& rule : brightpath::rule_catalogue()) words.emplace_back(rule.code);
  for (auto severity : {brightpath::Severity::error, brightpath::Severity::warning, brightpath::Severity::info}) {
    words.emplace_back(brightpath::severity_name(severity));
  }
  for (int day = 0; day < brightpath::kDaysPerWeek; ++day) words.emplace_back(brightpath::day_code(day));
  for (int minutes = 0; minutes <= 24 * 60; ++minutes) {
    const auto clock = brightpath::clock_chars(minutes);
    words.emplace_back(clock.data(), clock.size());
  }
  for (const std::string& word : words) {
    CAPTURE(word);
    JsonWriter w(1);
    w.word(word);
    CHECK(w.take() == written(word));
  }
}
