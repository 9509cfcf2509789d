// `brightpath solve FILE|- [--seed N] [--seeds N] [--time-limit MS] [--max-iterations N]
//                   [--stall-limit N] [--move-all] [--json] [-o OUT]`
#include <charconv>
#include <ostream>
#include <string_view>

#include "brightpath/plan_json.hpp"
#include "brightpath/solve.hpp"
#include "brightpath/solve_json.hpp"
#include "commands.hpp"
#include "read_input.hpp"
#include "solve_seeds.hpp"
#include "write_output.hpp"

namespace brightpath::cli {
namespace {

// Each seed is a thread holding its own copy of the week: a few dozen are plenty on any
// machine and keep memory bounded.
constexpr int kMaxSeeds = 64;

template <class T>
bool parse_number(std::string_view text, T& value) {
  if (text.empty() || text.front() == '+' || text.front() == '-') return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc{} && end == text.data() + text.size();
}

void print_summary(const SolveResult& r, std::ostream& err) {
  const SolveStatistics& s = r.statistics;
  err << "brightpath solve: " << solve_status_name(r.status) << " (hard " << r.score.hard << ", soft "
      << r.score.soft << ") in " << static_cast<long long>(s.elapsed_ms) << " ms, " << s.iterations
      << " iterations, " << s.improvements << " improvements, seed " << s.seed << "\n";
  for (const ScoreTerm& t : r.breakdown) {
    err << "  " << t.code << ": " << t.count << (t.severity == Severity::error ? " error" : " x weight ")
        << (t.severity == Severity::error ? (t.count == 1 ? "" : "s") : std::to_string(t.weight))
        << " = " << t.penalty << "\n";
  }
  for (const UnplacedSessions& u : r.unplaced) {
    err << "  unplaced: " << u.count << (u.count == 1 ? " session" : " sessions") << " of course " << u.course << "\n";
  }
  for (const RemovedLesson& l : r.removed) {
    err << "  removed: lesson " << l.lesson << " (course " << l.course << ") is not in the written week\n";
  }
  if (r.status == SolveStatus::incomplete) {
    err << "No complete week was found within the time limit, but none was proved impossible:\n"
           "try a longer --time-limit or more --seeds. The best partial week was written.\n";
  }
  if (!r.explanations.empty()) {
    err << (r.status == SolveStatus::feasible ? "Notes:\n" : "Why:\n");
    for (const Explanation& e : r.explanations) {
      err << "  - " << (e.proof ? "(proved) " : "") << e.message << " [" << e.code << "]\n";
    }
  }
}

int run(const Args& args, std::ostream& err) {
  SolveOptions options;
  options.time_budget_ms = 2000;
  bool json = false;
  std::string input;
  std::string output = "-";
  int seeds = 1;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--json") {
      json = true;
      continue;
    }
    if (a == "--move-all") {
      options.may_move = MoveScope::all_unlocked;
      continue;
    }
    const bool takes_value = a == "--seed" || a == "--seeds" || a == "--time-limit" || a == "--max-iterations" ||
                             a == "--stall-limit" || a == "-o" || a == "--output";
    if (!takes_value) {
      if (input.empty() && (a == "-" || a.rfind('-', 0) != 0)) {
        input = a;
        continue;
      }
      err << "brightpath solve: unexpected argument \"" << a << "\" (see --help)\n";
      return kExitBadInput;
    }
    if (i + 1 == args.size()) {
      err << "brightpath solve: " << a << " needs a value (see --help)\n";
      return kExitBadInput;
    }
    const std::string& value = args[++i];
    bool ok = true;
    if (a == "--seed") {
      ok = parse_number(value, options.seed);
    } else if (a == "--time-limit") {
      ok = parse_number(value, options.time_budget_ms) && options.time_budget_ms <= 3'600'000;
    } else if (a == "--max-iterations") {
      ok = parse_number(value, options.max_iterations);
    } else if (a == "--stall-limit") {
      ok = parse_number(value, options.stall_iterations);
    } else if (a == "--seeds") {
      if (!parse_number(value, seeds) || seeds < 1 || seeds > kMaxSeeds) {
        err << "brightpath solve: --seeds must be a whole number from 1 to " << kMaxSeeds << ", not \"" << value << "\"\n";
        return kExitBadInput;
      }
    } else {
      output = value;
    }
    if (!ok) {
      err << "brightpath solve: " << a << " must be a whole number (0 or more), not \"" << value << "\"\n";
      return kExitBadInput;
    }
  }
  if (options.time_budget_ms == 0 && options.max_iterations < 0 && options.stall_iterations == 0) {
    err << "brightpath solve: --stall-limit 0 with --time-limit 0 would never stop; give a time limit or "
           "--max-iterations\n";
    return kExitBadInput;
  }
  if (input.empty()) {
    err << "brightpath solve: missing FILE (use - for standard input)\n";
    return kExitBadInput;
  }
  const std::optional<Plan> plan = read_plan(input, err);
  if (!plan) return kExitBadInput;

  const SolveResult result = solve_seeds(*plan, options, seeds);
  std::string body = json ? encode_solve_result(result) : encode_plan(result.plan);
  body += '\n';
  if ((result.status != SolveStatus::invalid || json) && !write_output(output, body, err)) {
    return kExitCannotWrite;
  }
  if (!json) print_summary(result, err);
  switch (result.status) {
    case SolveStatus::feasible: return kExitOk;
    case SolveStatus::invalid: return kExitBadInput;
    case SolveStatus::incomplete: return kExitIncomplete;
    default: return kExitProblems;
  }
}

}  // namespace

const Command kSolveCommand = {
    "solve", "fill a plan's week with every session its courses ask for",
    "Usage: brightpath solve FILE|- [--seed N] [--seeds N] [--time-limit MS]\n"
    "                        [--max-iterations N] [--stall-limit N] [--move-all] [--json]\n"
    "                        [-o OUT]\n\n"
    "Reads the plan in FILE (or standard input for -), places every session its courses ask\n"
    "for that is not in the week yet, and writes the solved plan as JSON to standard output\n"
    "(or OUT with -o). Locked lessons and fixed commitments never move. A summary (status,\n"
    "score broken down by diagnostic code, statistics) and, when the week cannot be\n"
    "complete, the reasons in plain words go to standard error. See docs/solver.md.\n\n"
    "  --seed N            random seed (default 1)\n"
    "  --seeds N           run N searches at once on N threads, with seeds S, S+1, ...\n"
    "                      (S from --seed) and keep the best week (default 1; up to 64):\n"
    "                      on a hard week use as many as the machine has cores; each\n"
    "                      gets the whole time limit\n"
    "  --time-limit MS     time budget in milliseconds (default 2000; 0 = no time limit,\n"
    "                      stop when the search stalls or at --max-iterations)\n"
    "  --max-iterations N  stop after N local-search iterations; with --time-limit 0 the\n"
    "                      same seed and N always give the same week (time limits do not)\n"
    "  --stall-limit N     once every session is placed, stop after N iterations without\n"
    "                      a better week (default automatic: max(20000, 50 x sessions);\n"
    "                      0 = search until the time limit). While sessions are missing\n"
    "                      only the time or iteration limit stops the search (with\n"
    "                      neither, the stall limit does)\n"
    "  --move-all          existing lessons that are not locked may move too (default: only\n"
    "                      missing sessions are added, existing lessons stay put)\n"
    "  --json              write one JSON object instead of the plan: {status, score,\n"
    "                      breakdown, statistics, unplaced, removed, explanations, plan}\n"
    "  -o, --output OUT    write to OUT instead of standard output (- for standard\n"
    "                      output); OUT is replaced only once all of it is written\n\n"
    "The input is read up to the decoder's size limit (docs/plan-format.md, \"Limits\").\n\n"
    "Exit status: 0 feasible (every session placed, no errors), 1 infeasible: no complete\n"
    "valid week can exist, and the reasons marked (proved) say why with the minutes counted\n"
    "(the best partial week is written), 2 the input cannot be read, is not a valid plan\n"
    "document, names things that do not exist, or the arguments are wrong, 3 the output\n"
    "cannot be written (e.g. the disk is full; a file OUT given with -o is then left as it\n"
    "was), 4 incomplete: no complete week was found within the time limit, but none was\n"
    "proved impossible (the best partial week is written, with why each missing session is\n"
    "out and what is most contested).\n",
    run};

}  // namespace brightpath::cli
