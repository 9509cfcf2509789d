// `brightpath`: the scheduling core on the command line.
#include <array>
#include <iostream>

#include "commands.hpp"

namespace {

using brightpath::cli::Command;

const std::array kCommands = {
    &brightpath::cli::kValidateCommand,
    &brightpath::cli::kGenerateCommand,
    &brightpath::cli::kSolveCommand,
};

void print_usage(std::ostream& out) {
  out << "brightpath - homeschool week planning: check and build a household's school week\n\n"
         "Usage: brightpath COMMAND [ARGS]\n\nCommands:\n";
  for (const Command* c : kCommands) {
    out << "  " << c->name << std::string(12 - c->name.size(), ' ') << c->summary << "\n";
  }
  out << "\nRun `brightpath COMMAND --help` for a command's arguments and exit statuses.\n"
         "Plans are JSON documents in the format described in docs/plan-format.md.\n";
}

}  // namespace

int main(int argc, char** argv) {
  brightpath::cli::Args args(argv + 1, argv + argc);
  if (args.empty()) {
    print_usage(std::cerr);
    return brightpath::cli::kExitBadInput;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_usage(std::cout);
    return brightpath::cli::kExitOk;
  }
  for (const Command* c : kCommands) {
    if (args[0] != c->name) continue;
    args.erase(args.begin());
    for (const auto& a : args) {
      if (a == "--help" || a == "-h") {
        std::cout << c->help;
        return brightpath::cli::kExitOk;
      }
    }
    return c->run(args, std::cout, std::cerr);
  }
  std::cerr << "brightpath: unknown command \"" << args[0] << "\"\n\n";
  print_usage(std::cerr);
  return brightpath::cli::kExitBadInput;
}
