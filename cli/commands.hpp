// The CLI's commands. Each lives in its own file and owns its --help text; main.cpp only
// dispatches. Exit status convention for every command (kExitStatuses says it in words for
// `brightpath --help` and the README):
// 0 ok, 1 the plan has problems (validation errors, no feasible week), 2 bad input or usage,
// 3 the output could not be written, 4 (solve) no complete week found within the time limit
// although none was proved impossible.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace brightpath::cli {

using Args = std::vector<std::string>;

struct Command {
  std::string_view name;
  std::string_view summary;  // one line for `brightpath --help`
  std::string_view help;     // full text for `brightpath NAME --help`
  // Writes its result with write_output (never straight to std::cout, whose failures go
  // unnoticed) and its messages to err.
  int (*run)(const Args& args, std::ostream& err);
};

extern const Command kValidateCommand;
extern const Command kGenerateCommand;
extern const Command kSolveCommand;

inline constexpr int kExitOk = 0;
inline constexpr int kExitProblems = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitCannotWrite = 3;
inline constexpr int kExitIncomplete = 4;

inline constexpr std::string_view kExitStatuses =
    "Exit status: 0 done, 1 the plan has problems (errors, or no complete week can exist),\n"
    "2 the input cannot be read or is not a valid plan, or the arguments are wrong,\n"
    "3 the output cannot be written (e.g. the disk is full; a file given with -o is then\n"
    "left as it was), 4 no complete week was found within the time limit although none\n"
    "was proved impossible (solve only: try a longer time limit or more seeds).\n";

}  // namespace brightpath::cli
