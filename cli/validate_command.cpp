// `brightpath validate FILE|- [--json]`
#include <ostream>
#include <sstream>

#include "brightpath/plan_json.hpp"
#include "brightpath/validate.hpp"
#include "commands.hpp"
#include "print_diagnostics.hpp"
#include "read_input.hpp"
#include "write_output.hpp"

namespace brightpath::cli {
namespace {

int run(const Args& args, std::ostream& err) {
  bool json = false;
  std::string input;
  for (const auto& a : args) {
    if (a == "--json") {
      json = true;
    } else if (input.empty() && (a == "-" || a.rfind("-", 0) != 0)) {
      input = a;
    } else {
      err << "brightpath validate: unexpected argument \"" << a << "\" (see --help)\n";
      return kExitBadInput;
    }
  }
  if (input.empty()) {
    err << "brightpath validate: missing FILE (use - for standard input)\n";
    return kExitBadInput;
  }
  const std::optional<Plan> plan = read_plan(input, err);
  if (!plan) return kExitBadInput;
  const std::vector<Diagnostic> diagnostics = validate(*plan);
  // Built whole, then written in one checked call. The JSON of the largest plans is tens of
  // megabytes: append to it rather than copy it.
  std::string text;
  if (json) {
    text = encode_diagnostics(diagnostics);
    text += '\n';
  } else {
    std::ostringstream out;
    print_diagnostics(diagnostics, out);
    text = std::move(out).str();
  }
  if (!write_output("-", text, err)) return kExitCannotWrite;
  return count_diagnostics(diagnostics).errors > 0 ? kExitProblems : kExitOk;
}

}  // namespace

const Command kValidateCommand = {
    "validate", "check a plan and list its problems",
    "Usage: brightpath validate FILE|- [--json]\n\n"
    "Checks the plan in FILE (or standard input for -) against every rule of the catalogue\n"
    "(docs/rules.md) and prints the diagnostics: errors first, then warnings, then\n"
    "information, one a line: severity, code, the time it concerns (\"Monday 09:30–09:45\",\n"
    "or - for a finding about the whole week) and a message, then the counts.\n\n"
    "  --json   print {\"summary\":…,\"diagnostics\":[…]} as documented in\n"
    "           docs/diagnostics-json.md (the same shape the WebAssembly package and the\n"
    "           server return)\n\n"
    "FILE is read up to the decoder's size limit (docs/plan-format.md, \"Limits\"); a\n"
    "larger input, such as an endless pipe, is refused once the limit is passed.\n\n"
    "Exit status: 0 the plan has no errors (warnings allowed), 1 the plan has errors,\n"
    "2 the input cannot be read (the system's reason goes to stderr) or is not a valid plan\n"
    "document (the decoder's messages go to stderr) or the arguments are wrong, 3 standard\n"
    "output cannot be written (e.g. the disk is full).\n",
    run};

}  // namespace brightpath::cli
