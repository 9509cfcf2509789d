// Edit commands and their results as JSON: the small messages the browser (through WASM) and
// the server exchange with an incremental ValidationSession while a parent drags lessons.
// Shapes are documented in docs/diagnostics-json.md.
#pragma once

#include <string>
#include <string_view>

#include "brightpath/plan_json.hpp"
#include "brightpath/session.hpp"

namespace brightpath {

// {"op":"move","lesson":"p1","day":"tue","start":"09:00"}, {"op":"resize",...}, ... Never
// throws; problems come back as errors with JSON Pointer paths, like decode_plan's.
Decoded<Edit> decode_edit(std::string_view json);

// {"ok":true,"error":"","added":[...],"removed":[...],"summary":{...}}
std::string encode_edit_result(const EditResult& result);

}  // namespace brightpath
