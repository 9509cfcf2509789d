// Turning text into a JSON value under the plan's size limits, with malformed input reported
// by line and column (people fix JSON in text editors, which show lines, not byte offsets).
#pragma once

#include <optional>
#include <string_view>

#include "brightpath/plan_json.hpp"
#include "json/document.hpp"
#include "json/document_arena.hpp"
#include "json/json_reader.hpp"

namespace brightpath::json {

// Reports at most one error and returns nothing when the text is too large, too deeply
// nested, not UTF-8 or not JSON: at path "", except an unpaired surrogate escape, reported at
// the path of the string that holds it. A UTF-8 byte order mark is skipped. The value views
// `text` and `arena`, which must outlive it.
std::optional<Value> parse_document(JsonReader& reader, std::string_view text, const PlanLimits& limits,
                                    DocumentArena& arena);

}  // namespace brightpath::json
