// One lesson of the week template, as plans list it and as the "add" edit carries it.
#pragma once

#include <optional>

#include "brightpath/plan.hpp"
#include "brightpath/plan_json.hpp"
#include "json/json_reader.hpp"

namespace brightpath::json {

std::optional<Placement> read_placement(JsonReader& r, const Value& v, const PlanLimits& limits);

}  // namespace brightpath::json
