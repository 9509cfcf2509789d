// How text from the input is repeated back in error messages and paths: never more than
// kEchoChars characters of it (a 10 MB key must not become a 10 MB error), cut on a character
// boundary and marked with "…", and with control and text-direction characters
// (text_rules.hpp) written as escapes, so an error printed to a terminal shows what the input
// holds instead of acting on it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace brightpath::json {

inline constexpr std::size_t kEchoChars = 40;

// `"text"` as a JSON string: quotes and backslashes escaped, control and text-direction
// characters as \n, \t or \uXXXX, cut after kEchoChars characters ("…" inside the quotes).
std::string quote(std::string_view text);

// One JSON Pointer token (RFC 6901: "~" becomes "~0", "/" becomes "~1"), with "/" before it.
// A key from the input is cut and escaped as quote() does, so such a token names the member
// for a person but is not always a pointer a program can follow; every member the format
// defines is short and plain, so its tokens are exact.
void append_pointer_token(std::string& path, std::string_view key);

}  // namespace brightpath::json
