// Reading a plan document from a file or standard input, never more of it than the decoder
// would accept: `brightpath validate /dev/zero` or an endless pipe must not eat the machine's
// memory before being refused.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>

#include "brightpath/plan.hpp"

namespace brightpath::cli {

// Reads FILE, or standard input for "-", and stops after limit + 1 bytes: one byte more than
// the limit is enough for the decoder to refuse the document, in its own words. On a read
// error writes "brightpath: cannot read NAME: REASON" (the system's reason) to err and
// returns nothing.
std::optional<std::string> read_input(const std::string& name, std::size_t limit, std::ostream& err);

// Reads (as above, up to the decoder's document limit) and decodes a plan; on failure the
// reason (the system's or the decoder's messages) goes to err.
std::optional<Plan> read_plan(const std::string& name, std::ostream& err);

}  // namespace brightpath::cli
