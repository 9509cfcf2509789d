// Incremental validation for live editing (dragging lessons in the week grid).
//
// A session holds a plan and its diagnostics. Each edit re-checks only the scopes the edit
// can affect (the lesson itself, the days of the people and resources it touches, its
// course and its students' weekly totals) and reports what changed. At every point
// `diagnostics()` equals `validate(plan())`; a randomized test holds it to that.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "brightpath/edit.hpp"
#include "brightpath/plan.hpp"
#include "brightpath/validate.hpp"

namespace brightpath {

// What one edit changed. The added diagnostics are the session's own, valid until its next
// edit or its end: hosts encode the report at once, and copying them (a message, references
// and their ids: several allocations each) cost 7 % of the family edit pair through the
// WebAssembly API and more natively (docs/benchmarks.md). Copy `*added[i]` to keep one.
struct EditResult {
  // Empty when the edit was applied; otherwise why not (the session is unchanged).
  std::string error;
  std::vector<const Diagnostic*> added;  // diagnostics that appeared, in display order
  std::vector<Diagnostic> removed;       // diagnostics that went away, in display order
  DiagnosticCounts counts;               // totals after the edit
  [[nodiscard]] bool ok() const { return error.empty(); }
};

class ValidationSession {
 public:
  explicit ValidationSession(const Plan& plan);
  ~ValidationSession();
  ValidationSession(ValidationSession&&) noexcept;
  ValidationSession& operator=(ValidationSession&&) noexcept;
  ValidationSession(const ValidationSession&) = delete;
  ValidationSession& operator=(const ValidationSession&) = delete;

  EditResult apply(const Edit& edit);

  [[nodiscard]] Plan plan() const;                      // the plan with all edits applied
  // Display order, listing at most `max_per_code` of each code as validate() does.
  [[nodiscard]] std::vector<Diagnostic> diagnostics(std::size_t max_per_code = kMaxDiagnosticsPerCode) const;
  [[nodiscard]] DiagnosticCounts counts() const;

  struct State;  // opaque: defined in session.cpp

 private:
  std::unique_ptr<State> state_;
};

}  // namespace brightpath
