// Writing a command's result so that a failure is never silent: with a full disk,
// `brightpath solve plan.json > new.json && mv new.json plan.json` must stop at the first
// step. Every write and the final close are checked, and a file named with -o is replaced
// only once all of it has been written.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

namespace brightpath::cli {

// Writes all of `text` to standard output ("-") or to FILE. FILE is written to a temporary
// file in its directory, flushed to disk and renamed over FILE, so a failed write leaves an
// existing FILE as it was; an existing FILE keeps its permissions, a write-protected one is
// refused. FILE that is not a regular file (a device such as /dev/stdout, a FIFO) is
// written to directly. On failure writes "brightpath: cannot write NAME: REASON" (the
// system's reason) to err and returns false.
bool write_output(const std::string& name, std::string_view text, std::ostream& err);

}  // namespace brightpath::cli
