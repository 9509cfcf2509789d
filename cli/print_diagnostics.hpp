// Human-readable output shared by the CLI's commands.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "brightpath/plan_json.hpp"

namespace brightpath::cli {

// One line per diagnostic ("error   student-overlap  Monday 09:00–09:30  message"; the time
// is "-" for a finding about the whole week), then a summary line "N errors, N warnings, N info".
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& out);
// How messages name an input: FILE as given, "-" as "standard input".
std::string input_name(const std::string& input);
void print_decode_errors(const std::string& input, const std::vector<DecodeError>& errors,
                         std::ostream& err);

}  // namespace brightpath::cli
