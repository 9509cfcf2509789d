// `brightpath`: the scheduling core on the command line.
#include <array>
#include <csignal>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "write_output.hpp"

namespace {

using brightpath::cli::Command;

const std::array kCommands = {
    &brightpath::cli::kValidateCommand,
    &brightpath::cli::kGenerateCommand,
    &brightpath::cli::kSolveCommand,
};

std::string usage() {
  std::string text =
      "brightpath - homeschool week planning: check and build a household's school week\n\n"
      "Usage: brightpath COMMAND [ARGS]\n\nCommands:\n";
  for (const Command* c : kCommands) {
    text.append("  ").append(c->name).append(12 - c->name.size(), ' ').append(c->summary) += "\n";
  }
  text += "\nRun `brightpath COMMAND --help` for a command's arguments and exit statuses.\n"
          "Plans are JSON documents in the format described in docs/plan-format.md.\n\n";
  text += brightpath::cli::kExitStatuses;
  return text;
}

int print_help(std::string_view text) {
  using namespace brightpath::cli;
  return write_output("-", text, std::cerr) ? kExitOk : kExitCannotWrite;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace brightpath::cli;
  // A file size limit (ulimit -f) then shows as a failed write, reported and cleaned up
  // after like a full disk, instead of killing the process halfway through a file.
  std::signal(SIGXFSZ, SIG_IGN);
  Args args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << usage();
    return kExitBadInput;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") return print_help(usage());
  for (const Command* c : kCommands) {
    if (args[0] != c->name) continue;
    args.erase(args.begin());
    for (const auto& a : args) {
      if (a == "--help" || a == "-h") return print_help(c->help);
    }
    return c->run(args, std::cerr);
  }
  std::cerr << "brightpath: unknown command \"" << args[0] << "\"\n\n" << usage();
  return kExitBadInput;
}
