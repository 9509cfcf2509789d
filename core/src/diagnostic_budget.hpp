// How many diagnostics of each code a document lists. Full validation (and a session's
// full list) shows at most a budget of each code and, for a code that had more, one summary
// entry saying how many were left out (Diagnostic::omitted), so a plan with 50,000 clashes
// yields a readable list of bounded size while the counts stay exact.
//
// Which ones are listed is decided in scan order (scope kind, scope index, rule order; see
// rules/rules.hpp), the order both validate() and a session hold their findings in, so the
// two always agree on the list.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "brightpath/diagnostic.hpp"

namespace brightpath::detail {

class DiagnosticBudget {
 public:
  explicit DiagnosticBudget(std::size_t per_code) : per_code_(per_code) {}

  // Counts one finding of `code`; true while the code is within its budget (build and list
  // it), false once it is spent (only counted).
  bool take(std::string_view code, Severity severity) {
    for (Entry& e : entries_) {
      if (e.code == code) return ++e.found <= per_code_;
    }
    entries_.push_back({code, severity, 1});
    return per_code_ >= 1;
  }

  // Appends, for each code that found more than its budget, the entry that stands for the rest.
  void append_summaries(std::vector<Diagnostic>& out) const {
    for (const Entry& e : entries_) {
      if (e.found <= per_code_) continue;
      const std::size_t left_out = e.found - per_code_;
      Diagnostic d;
      d.code = e.code;
      d.severity = e.severity;
      d.omitted = static_cast<int>(left_out);
      d.message = "\u2026and " + std::to_string(left_out) + " more like this, not listed.";
      out.push_back(std::move(d));
    }
  }

 private:
  struct Entry {
    std::string_view code;  // points into the static rule catalogue
    Severity severity;
    std::size_t found;
  };
  std::size_t per_code_;
  std::vector<Entry> entries_;  // one per code met: a couple of dozen at most, searched in order
};

}  // namespace brightpath::detail
