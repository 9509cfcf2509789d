// The catalogue's rules in order, for validation to describe them to hosts
// (brightpath::rule_catalogue() in validate.cpp), so the rules need nothing from above them.
#pragma once

#include <span>

#include "rules.hpp"

namespace brightpath::detail {

std::span<const Rule> catalogue_rules();

}  // namespace brightpath::detail
