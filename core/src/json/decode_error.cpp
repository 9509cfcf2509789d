#include "brightpath/plan_json.hpp"

namespace brightpath {

// The whole document's errors (malformed JSON, "and 7 more problems not shown") have no path
// to name; ": message" would read as a stray colon.
std::string DecodeError::text() const { return path.empty() ? message : path + ": " + message; }

}  // namespace brightpath
