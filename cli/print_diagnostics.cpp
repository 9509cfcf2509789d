#include "print_diagnostics.hpp"

#include <ostream>

namespace brightpath::cli {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, std::ostream& out) {
  for (const auto& d : diagnostics) {
    std::string line(severity_name(d.severity));
    line.resize(8, ' ');
    line += d.code;
    line += "  ";
    line += d.span ? span_text(*d.span) : "-";
    line += "  ";
    out << line << d.message << "\n";
  }
  const DiagnosticCounts c = count_diagnostics(diagnostics);
  out << c.errors << (c.errors == 1 ? " error, " : " errors, ") << c.warnings
      << (c.warnings == 1 ? " warning, " : " warnings, ") << c.infos << " info\n";
}

std::string input_name(const std::string& input) { return input == "-" ? "standard input" : input; }

void print_decode_errors(const std::string& input, const std::vector<DecodeError>& errors,
                         std::ostream& err) {
  err << "brightpath: " << input_name(input) << " is not a valid plan document:\n";
  for (const auto& e : errors) err << "  " << e.text() << "\n";
}

}  // namespace brightpath::cli
