#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <string>

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

TEST_CASE("the writer escapes every byte value exactly as boost::json::serialize does") {
  for (int byte = 0; byte < 256; ++byte) {
    const std::string alone(1, static_cast<char>(byte));
    // At each position of a long run too: text is checked eight bytes at a time.
    for (std::size_t at : {0U, 1U, 7U, 8U, 9U, 15U, 16U}) {
      std::string text(17, 'x');
      text[at] = static_cast<char>(byte);
      CAPTURE(byte);
      CAPTURE(at);
      CHECK(written(text) == boost_text(text));
    }
    CHECK(written(alone) == boost_text(alone));
  }
  const std::string mixed = "Theo's \"PE\" \\ 9:00–9:30\n\t\x01 Zoë 🎹/end";
  CHECK(written(mixed) == boost_text(mixed));
  CHECK(written("") == "\"\"");
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
