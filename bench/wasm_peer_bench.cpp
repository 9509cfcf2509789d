// The native half of bench/wasm_vs_native.mjs: times exactly what the WebAssembly API does
// per call (JSON text in, JSON text out), so the WASM/native ratio compares like with like.
//
//   brightpath_wasm_peer_bench PLAN.json EDIT_AWAY EDIT_BACK
//
// full: decode_plan + validate + encode_diagnostics          (core.validateJson)
// edit: two session edits, away and back, decoded and encoded (session.applyJson x2)
// Prints {"full":{"medianMs":..,"runs":..},"edit":{...}} on one line.
//
// Times are process CPU time, not wall time: development machines and CI share two cores
// with other builds, and waiting for a core is not the code's cost. The JS half measures
// the same way (process.cpuUsage).
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/session.hpp"
#include "brightpath/validate.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
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

void print(std::ostream& out, const char* name, const Timing& t) {
  out << '"' << name << "\":{\"medianMs\":" << t.median_ms << ",\"runs\":" << t.runs << '}';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: brightpath_wasm_peer_bench PLAN.json EDIT_AWAY EDIT_BACK\n";
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const std::string away = argv[2];
  const std::string back = argv[3];

  auto decoded = brightpath::decode_plan(text);
  if (!decoded.ok() || !brightpath::decode_edit(away).ok() || !brightpath::decode_edit(back).ok()) {
    std::cerr << "the plan or an edit does not decode\n";
    return 2;
  }
  const Timing full = measure([&] {
    auto plan = brightpath::decode_plan(text);
    sink += brightpath::encode_diagnostics(brightpath::validate(*plan.value)).size();
  });

  brightpath::ValidationSession session(*decoded.value);
  const Timing edit = measure([&] {
    for (const std::string* e : {&away, &back}) {
      auto command = brightpath::decode_edit(*e);
      sink += brightpath::encode_edit_result(session.apply(*command.value)).size();
    }
  });

  std::cout.precision(6);
  std::cout << '{';
  print(std::cout, "full", full);
  std::cout << ',';
  print(std::cout, "edit", edit);
  std::cout << ",\"sink\":" << sink << "}\n";
  return 0;
}
