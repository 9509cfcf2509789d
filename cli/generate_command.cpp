// `brightpath generate [--students N] [--teachers N] [--resources N] [--tightness X]
//                      [--seed N] [--no-placements] [-o FILE]`
#include <charconv>
#include <ostream>
#include <string_view>

#include "brightpath/generate.hpp"
#include "brightpath/plan_json.hpp"
#include "commands.hpp"
#include "write_output.hpp"

namespace brightpath::cli {
namespace {

// Parses all of `text` as a number (no trailing characters, no sign for unsigned).
template <class T>
bool parse_number(std::string_view text, T& value) {
  if (text.empty() || text.front() == '+') return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc{} && end == text.data() + text.size();
}

bool int_in(std::string_view name, std::string_view text, int lo, int hi, int& value,
            std::ostream& err) {
  if (parse_number(text, value) && value >= lo && value <= hi) return true;
  err << "brightpath generate: " << name << " must be a whole number from " << lo << " to "
      << hi << ", not \"" << text << "\"\n";
  return false;
}

int run(const Args& args, std::ostream& err) {
  GeneratorOptions options;
  std::string output = "-";
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--no-placements") {
      options.with_placements = false;
      continue;
    }
    const bool takes_value = a == "--students" || a == "--teachers" || a == "--resources" ||
                             a == "--tightness" || a == "--seed" || a == "-o" || a == "--output";
    if (!takes_value) {
      err << "brightpath generate: unexpected argument \"" << a << "\" (see --help)\n";
      return kExitBadInput;
    }
    if (i + 1 == args.size()) {
      err << "brightpath generate: " << a << " needs a value (see --help)\n";
      return kExitBadInput;
    }
    const std::string& value = args[++i];
    bool ok = true;
    if (a == "--students") {
      ok = int_in(a, value, 1, 2000, options.students, err);
    } else if (a == "--teachers") {
      ok = int_in(a, value, 1, 200, options.teachers, err);
    } else if (a == "--resources") {
      ok = int_in(a, value, 0, 500, options.resources, err);
    } else if (a == "--tightness") {
      ok = parse_number(value, options.tightness) && options.tightness > 0.0 &&
           options.tightness <= 1.0;
      if (!ok) {
        err << "brightpath generate: --tightness must be a number greater than 0 and at most 1"
               " (e.g. 0.7), not \"" << value << "\"\n";
      }
    } else if (a == "--seed") {
      ok = parse_number(value, options.seed);
      if (!ok) {
        err << "brightpath generate: --seed must be a whole number from 0 to "
               "18446744073709551615, not \"" << value << "\"\n";
      }
    } else {
      output = value;
    }
    if (!ok) return kExitBadInput;
  }

  const std::string json = encode_plan(generate_coop_plan(options)) + "\n";
  return write_output(output, json, err) ? kExitOk : kExitCannotWrite;
}

}  // namespace

const Command kGenerateCommand = {
    "generate", "make a co-op-sized example plan (for demos, tests and benchmarks)",
    "Usage: brightpath generate [--students N] [--teachers N] [--resources N]\n"
    "                           [--tightness X] [--seed N] [--no-placements] [-o FILE]\n\n"
    "Writes a generated homeschool co-op plan as JSON (docs/plan-format.md): teachers with\n"
    "weekly availability, children in grade bands, rooms such as the science lab, classes of\n"
    "1-12 children, independent study, and a complete week of lessons. The week is laid out\n"
    "so that nobody and nothing is double-booked: validating it finds no errors (a few\n"
    "lessons outside their preferred time are warnings). The same options always give the\n"
    "same file, byte for byte.\n\n"
    "  --students N      children, 1 to 2000 (default 300)\n"
    "  --teachers N      teaching adults (the plan's guardians), 1 to 200 (default 40)\n"
    "  --resources N     rooms and shared things, 0 to 500 (default 12)\n"
    "  --tightness X     share of each teacher's available time the week fills,\n"
    "                    greater than 0 and at most 1 (default 0.7); higher is harder to\n"
    "                    solve. Very high values fill what the children's time allows.\n"
    "  --seed N          any whole number from 0 to 18446744073709551615 (default 1)\n"
    "  --no-placements   courses only, no lessons: a week for `brightpath solve` to find\n"
    "  -o, --output FILE write to FILE instead of standard output (- for standard\n"
    "                    output); FILE is replaced only once all of it is written\n\n"
    "Exit status: 0 the plan was written, 2 the arguments are wrong (the message names the\n"
    "argument and its allowed range), 3 the plan cannot be written (e.g. the disk is full;\n"
    "a FILE given with -o is then left as it was).\n",
    run};

}  // namespace brightpath::cli
