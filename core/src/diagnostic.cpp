#include "brightpath/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace brightpath {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

std::string_view ref_kind_plural(RefKind kind) {
  switch (kind) {
    case RefKind::lesson: return "lessons";
    case RefKind::course: return "courses";
    case RefKind::student: return "students";
    case RefKind::guardian: return "guardians";
    case RefKind::resource: return "resources";
    case RefKind::commitment: return "commitments";
  }
  return "lessons";
}

// Errors first; within a severity, what happens earlier in the week first (a parent reads
// the week from Monday morning), week-level findings after; ties broken by code, refs and
// message so the order never depends on how the plan's arrays happen to be ordered.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  if (a.severity != b.severity) return a.severity < b.severity;
  if (a.span.has_value() != b.span.has_value()) return a.span.has_value();
  if (a.span && b.span) {
    const auto ka = std::tuple(a.span->day, a.span->time.start, a.span->time.end);
    const auto kb = std::tuple(b.span->day, b.span->time.start, b.span->time.end);
    if (ka != kb) return ka < kb;
  }
  if (a.code != b.code) return a.code < b.code;
  if (a.refs != b.refs) return a.refs < b.refs;
  return a.message < b.message;
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
}

DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  DiagnosticCounts counts;
  for (const auto& d : diagnostics) {
    switch (d.severity) {
      case Severity::error: ++counts.errors; break;
      case Severity::warning: ++counts.warnings; break;
      case Severity::info: ++counts.infos; break;
    }
  }
  return counts;
}

}  // namespace brightpath
