// The CLI's commands. Each lives in its own file and owns its --help text; main.cpp only
// dispatches. Exit status convention for every command: 0 ok, 1 the plan has problems
// (validation errors, no feasible week), 2 bad input or usage.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "brightpath/plan.hpp"

namespace brightpath::cli {

using Args = std::vector<std::string>;

struct Command {
  std::string_view name;
  std::string_view summary;  // one line for `brightpath --help`
  std::string_view help;     // full text for `brightpath NAME --help`
  int (*run)(const Args& args, std::ostream& out, std::ostream& err);
};

extern const Command kValidateCommand;
extern const Command kGenerateCommand;
extern const Command kSolveCommand;

// Reads FILE, or standard input for "-". On failure writes a message to err and returns false.
bool read_input(const std::string& name, std::string& text, std::ostream& err);
// Reads and decodes a plan; on failure the reason (the decoder's messages) goes to err.
std::optional<Plan> read_plan(const std::string& name, std::ostream& err);

inline constexpr int kExitOk = 0;
inline constexpr int kExitProblems = 1;
inline constexpr int kExitBadInput = 2;

}  // namespace brightpath::cli
