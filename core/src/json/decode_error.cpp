#include "brightpath/plan_json.hpp"

namespace brightpath {

std::string DecodeError::text() const { return path + ": " + message; }

}  // namespace brightpath
