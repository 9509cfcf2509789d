// The loop of full validation: every rule of every scope, in scan order (see rules/rules.hpp
// and diagnostic_budget.hpp). validate() runs it to the end; the solver's check of its week
// runs it with a stop check, so the two cannot drift apart.
#pragma once

#include "model.hpp"
#include "rules/rules.hpp"

namespace brightpath::detail {

// Calls `keep_going()` before each scope; returns false, with what was found so far in
// `out`, as soon as it says stop.
template <class KeepGoing>
bool check_every_scope(const Model& model, Out& out, KeepGoing&& keep_going) {
  for (int kind = 0; kind < kScopeKinds; ++kind) {
    const auto scope = static_cast<Scope>(kind);
    const int n = scope_count(model, scope);
    for (int i = 0; i < n; ++i) {
      if (!keep_going()) return false;
      if (scope == Scope::lesson && !model.lessons[static_cast<std::size_t>(i)].alive) continue;
      check_scope(model, scope, i, out);
    }
  }
  return true;
}

}  // namespace brightpath::detail
