// What validation (and later the solver's score breakdown, the API and the UI) reports.
//
// Codes are stable strings from the rule catalogue (rules.hpp); hosts compare them, so a
// code is never renamed. Messages are for parents and may be reworded.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brightpath/time.hpp"

namespace brightpath {

enum class Severity : std::uint8_t { error = 0, warning = 1, info = 2 };
std::string_view severity_name(Severity severity);

enum class RefKind : std::uint8_t { lesson, course, student, guardian, resource, commitment };
std::string_view ref_kind_plural(RefKind kind);  // "lessons", "courses", ... (JSON keys)

struct Ref {
  RefKind kind;
  std::string id;
  bool operator==(const Ref&) const = default;
  // Spelled out: libc++ 13 (Emscripten 3.1.6) has no <=> for std::string, so `auto` would
  // deduce a deleted operator there; strong_ordering is synthesized from < and ==.
  std::strong_ordering operator<=>(const Ref&) const = default;
};

struct Diagnostic {
  std::string_view code;  // points into the static rule catalogue
  Severity severity = Severity::error;
  std::string message;
  std::vector<Ref> refs;  // in the order the message mentions them
  std::optional<DaySpan> span;
  // 0 for a finding. A list that leaves findings out (validate() lists at most
  // kMaxDiagnosticsPerCode of each code) ends each such code with one summary entry: no
  // span, no references, and `omitted` = how many findings of its code it stands for.
  int omitted = 0;
  // How many findings this entry counts for in totals: 1, or `omitted` for a summary.
  [[nodiscard]] int findings() const { return omitted > 0 ? omitted : 1; }
  bool operator==(const Diagnostic&) const = default;
};

// The deterministic order every host shows: errors first, then what happens earlier in the
// week (diagnostics without a time last), then by code, references and message.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

struct DiagnosticCounts {
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  bool operator==(const DiagnosticCounts&) const = default;
};
// Totals by severity; a summary entry counts for the findings it stands for (`omitted`).
DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics);

// One rule of the catalogue (brightpath::rule_catalogue() in validate.hpp), as hosts and
// docs list it.
struct RuleDescription {
  std::string_view code;
  Severity severity;
  std::string_view summary;  // one line for parents: what the rule protects
};

}  // namespace brightpath
