// One diagnostic, a list of them and a summary as JSON (docs/diagnostics-json.md), shared by
// the diagnostics list and the edit result so the two can never describe a diagnostic
// differently.
#pragma once

#include <cstddef>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "json/json_writer.hpp"

namespace brightpath::json {

void write_diagnostic(JsonWriter& out, const Diagnostic& diagnostic);
void write_diagnostic_list(JsonWriter& out, const std::vector<Diagnostic>& diagnostics);
void write_diagnostic_list(JsonWriter& out, const std::vector<const Diagnostic*>& diagnostics);
void write_summary(JsonWriter& out, const DiagnosticCounts& counts);

// A little more than one diagnostic's JSON usually takes, to size output buffers once.
inline constexpr std::size_t kDiagnosticJsonBytes = 512;

}  // namespace brightpath::json
