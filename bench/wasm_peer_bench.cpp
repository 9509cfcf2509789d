// The native half of bench/wasm_vs_native.mjs: times exactly what the WebAssembly API does
// per call (JSON text in, JSON text out), so the WASM/native ratio compares like with like.
//
//   brightpath_wasm_peer_bench [--phases] PLAN.json EDIT_AWAY EDIT_BACK
//
// full: decode_plan + validate + encode_diagnostics          (core.validateJson)
// edit: two session edits, away and back, decoded and encoded (session.applyJson x2)
// Prints {"full":{"medianMs":..,"runs":..},"edit":{...}} on one line.
//
// --phases times the parts of those separately: decode, validate, encode, and for the two
// edits decoding, applying and encoding; plus "whole" and "editWhole", the full validation
// and the edit pair in one go, so the cost of the parts running one after another (caches,
// allocator) shows against their sum. The same file is also built as WebAssembly (target
// brightpath_wasm_phase_bench of the wasm preset, run by node), so the two builds of the
// same C++ can be compared without the JavaScript boundary (`wasm_vs_native.mjs --phases`).
//
// Times are process CPU time, not wall time: development machines and CI share two cores
// with other builds, and waiting for a core is not the code's cost. The JS half measures
// the same way (process.cpuUsage). Emscripten has no CPU clock, so the WebAssembly build of
// this file uses the monotonic wall clock.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <ctime>
#include <fstream>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <initializer_list>
#include <iostream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/session.hpp"
#include "brightpath/validate.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double cpu_ms() {
#ifdef __EMSCRIPTEN__
  return std::chrono::duration<double, std::milli>(Clock::now().time_since_epoch()).count();
#else
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
#endif
}

struct Timing {
  double median_ms = 0;
  std::size_t runs = 0;
};

// Same rule as the JS side: each sample is a batch of calls taking at least 2 ms of CPU
// (so microsecond edits are measurable), at least 15 samples and 1 s, after a warm-up.
template <class Body>
Timing measure(Body&& body) {
  const auto start = Clock::now();
  int batch = 1;
  for (double t0 = cpu_ms(); cpu_ms() - t0 < 2.0; batch *= 2) {
    t0 = cpu_ms();
    for (int i = 0; i < batch; ++i) body();
  }
  std::vector<double> samples;
  while (samples.size() < 15 || Clock::now() - start < std::chrono::seconds(1)) {
    const double t0 = cpu_ms();
    for (int i = 0; i < batch; ++i) body();
    samples.push_back((cpu_ms() - t0) / batch);
  }
  std::sort(samples.begin(), samples.end());
  return {samples[samples.size() / 2], samples.size() * static_cast<std::size_t>(batch)};
}

std::size_t sink = 0;  // output sizes, printed, so no call can be optimized away

// {"name":{"medianMs":..,"runs":..},...,"sink":..} on one line.
void print(std::initializer_list<std::pair<const char*, Timing>> timings) {
  std::cout << '{';
  for (const auto& [name, t] : timings) {
    std::cout << '"' << name << "\":{\"medianMs\":" << t.median_ms << ",\"runs\":" << t.runs << "},";
  }
  std::cout << "\"sink\":" << sink << "}\n";
}

// What core.validateJson does: decode, validate, encode.
std::size_t validate_json(const std::string& text) {
  auto decoded = brightpath::decode_plan(text);
  return brightpath::encode_diagnostics(brightpath::validate(*decoded.value)).size();
}

// What session.applyJson does: decode the edit, apply it, encode the result.
std::size_t apply_json(brightpath::ValidationSession& session, const std::string& edit) {
  auto command = brightpath::decode_edit(edit);
  return brightpath::encode_edit_result(session.apply(*command.value)).size();
}

// The parts of `full` and `edit`, each timed on its own.
void print_phases(const std::string& text, const std::string& away, const std::string& back) {
  using namespace brightpath;
  const Plan plan = *decode_plan(text).value;
  const std::vector<Diagnostic> diagnostics = validate(plan);
  const Timing decode = measure([&] { sink += decode_plan(text).value->placements.size(); });
  const Timing check = measure([&] { sink += validate(plan).size(); });
  const Timing encode = measure([&] { sink += encode_diagnostics(diagnostics).size(); });

  const Edit there = *decode_edit(away).value;
  const Edit again = *decode_edit(back).value;
  const Timing edit_decode = measure([&] { sink += decode_edit(away).ok() + decode_edit(back).ok(); });
  ValidationSession session(plan);
  const Timing edit_apply =
      measure([&] { sink += session.apply(there).added.size() + session.apply(again).removed.size(); });
  // Two sessions to encode from: what an edit adds is valid only until the session's next edit.
  ValidationSession moved_session(plan);
  ValidationSession restored_session(plan);
  const EditResult moved = moved_session.apply(there);
  (void)restored_session.apply(there);
  const EditResult restored = restored_session.apply(again);
  const Timing edit_encode =
      measure([&] { sink += encode_edit_result(moved).size() + encode_edit_result(restored).size(); });

  const Timing whole = measure([&] { sink += validate_json(text); });
  const Timing edit_whole = measure([&] { sink += apply_json(session, away) + apply_json(session, back); });
  print({{"whole", whole},
         {"decode", decode},
         {"validate", check},
         {"encode", encode},
         {"editDecode", edit_decode},
         {"editApply", edit_apply},
         {"editEncode", edit_encode},
         {"editWhole", edit_whole}});
}

// A long-running native host (the server) keeps the memory it frees for the next request, as
// WebAssembly's dlmalloc does. glibc by default maps blocks over 128 KB fresh from the kernel
// and returns them, and hands back the top of the heap: for the co-op plan that was ~700
// page faults per call, a third of the native time. Measuring that would flatter WebAssembly.
void keep_freed_memory() {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's maximum on 64-bit
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  keep_freed_memory();
  const bool phases = argc == 5 && std::string(argv[1]) == "--phases";
  if (argc != 4 && !phases) {
    std::cerr << "usage: brightpath_wasm_peer_bench [--phases] PLAN.json EDIT_AWAY EDIT_BACK\n";
    return 2;
  }
  if (phases) ++argv;
  std::ifstream file(argv[1], std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const std::string away = argv[2];
  const std::string back = argv[3];

  auto decoded = brightpath::decode_plan(text);
  if (!decoded.ok() || !brightpath::decode_edit(away).ok() || !brightpath::decode_edit(back).ok()) {
    std::cerr << "the plan or an edit does not decode\n";
    return 2;
  }
  std::cout.precision(6);
  if (phases) {
    print_phases(text, away, back);
    return 0;
  }
  const Timing full = measure([&] { sink += validate_json(text); });

  brightpath::ValidationSession session(*decoded.value);
  const Timing edit = measure([&] { sink += apply_json(session, away) + apply_json(session, back); });
  print({{"full", full}, {"edit", edit}});
  return 0;
}
