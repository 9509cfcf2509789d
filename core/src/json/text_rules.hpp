// Which characters text a person types (names, subjects, grades, ids, the time zone) may hold.
//
// Such text is later printed as it is: in a terminal by the CLI, in a browser, on a printed
// week. Control characters (U+0000-U+001F, U+007F-U+009F, which include tab and new line) can
// move a terminal's cursor or break a line of a report, and the text-direction characters
// (the bidirectional embeddings, overrides and isolates, and the invisible direction marks)
// can make text display in an order other than the one it is stored in, so "Ana" and a name
// that only looks like "Ana" could both exist. None of them belongs in a name.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace brightpath::json {

// The characters above, as ranges of code points (first, last). The JSON Schema's "text"
// pattern lists the same ranges (a test compares them).
struct CodePointRange {
  char32_t first;
  char32_t last;
};
inline constexpr std::array<CodePointRange, 6> kDisallowedInText = {{
    {0x0000, 0x001F},  // C0 controls, among them tab, line feed, carriage return
    {0x007F, 0x009F},  // delete and the C1 controls
    {0x061C, 0x061C},  // Arabic letter mark
    {0x200E, 0x200F},  // left-to-right and right-to-left marks
    {0x202A, 0x202E},  // embeddings, pop, overrides
    {0x2066, 0x2069},  // isolates and pop isolate
}};

// Whether `code_point` is one of the characters above.
bool is_disallowed_in_text(char32_t code_point);

// "U+202E right-to-left override", "U+0009 tab": how messages name such a character.
std::string code_point_label(char32_t code_point);

// "U+0009 tab is not allowed in a name; expected printable text without control or
// text-direction characters"; `what` is "a name", "a grade", "a time zone name".
std::string not_allowed_message(char32_t code_point, std::string_view what);

struct TextScan {
  std::size_t chars = 0;                  // Unicode code points, as JSON Schema counts
  std::optional<char32_t> disallowed;     // the first disallowed character, if any
};

// One pass over UTF-8 text (as the parser hands it over: valid UTF-8). Counting stops at the
// first disallowed character.
TextScan scan_text(std::string_view utf8);

}  // namespace brightpath::json
