// sort_diagnostics sorts packed keys and falls back to diagnostic_less only on ties: its
// result must be exactly std::sort with diagnostic_less, whatever the diagnostics hold.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "brightpath/diagnostic.hpp"
#include "random.hpp"
#include "support/diagnostic_printers.hpp"

using namespace brightpath;

namespace {

// Few values per field, so that many diagnostics tie on the first fields and the order is
// decided by the later ones: codes, then refs (ids sharing their first 7 bytes or more, ids
// of exactly 7 bytes), then messages. No NUL bytes: one in a key's prefix makes the whole
// list fall back to the plain sort (its own subcase below), which would test nothing else.
constexpr std::array<std::string_view, 4> kCodes = {"student-overlap", "off-grid", "course-minutes",
                                                     "guardian-overlap"};
const std::array<std::string, 8> kIds = {"a",      "ab",       "abcdefg", "abcdefgh",
                                         "abcdefgi", "abcdef", "abcdefg0", "zz"};

Diagnostic random_diagnostic(Random& rng) {
  const auto below = [&rng](std::size_t n) { return static_cast<int>(rng.below(n)); };
  Diagnostic d;
  d.code = kCodes[below(kCodes.size())];
  d.severity = static_cast<Severity>(below(3));
  if (below(4) != 0) {
    const int start = 8 * 60 + 15 * below(4);
    d.span = DaySpan{below(3), {start, start + 15 * (1 + below(2))}};
  }
  const int refs = below(4);
  for (int i = 0; i < refs; ++i) {
    d.refs.push_back({static_cast<RefKind>(below(3)), kIds[below(kIds.size())]});
  }
  d.message = std::string("message ") + static_cast<char>('a' + below(3));
  return d;
}

std::vector<Diagnostic> sorted_plainly(std::vector<Diagnostic> diagnostics) {
  std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
  return diagnostics;
}

}  // namespace

TEST_CASE("sort_diagnostics orders exactly as std::sort with diagnostic_less") {
  Random rng(20261204);
  SUBCASE("randomized lists of every size around the packed-key threshold and beyond") {
    for (int round = 0; round < 400; ++round) {
      const std::size_t n = 1 + rng.below(std::size_t{round < 200 ? 40U : 400U});
      std::vector<Diagnostic> diagnostics;
      for (std::size_t i = 0; i < n; ++i) diagnostics.push_back(random_diagnostic(rng));
      const std::vector<Diagnostic> want = sorted_plainly(diagnostics);
      sort_diagnostics(diagnostics);
      REQUIRE(diagnostics == want);
    }
  }
  SUBCASE("ids that differ only by a NUL byte fall back to the full comparison") {
    // "ab" and "ab\0" pack to the same key: only the full comparison tells them apart.
    std::vector<Diagnostic> diagnostics;
    for (int i = 0; i < 64; ++i) {
      Diagnostic d = random_diagnostic(rng);
      d.refs.insert(d.refs.begin(), Ref{RefKind::lesson, i % 2 == 0 ? std::string("ab\0", 3) : "ab"});
      diagnostics.push_back(std::move(d));
    }
    const std::vector<Diagnostic> want = sorted_plainly(diagnostics);
    sort_diagnostics(diagnostics);
    CHECK(diagnostics == want);
  }
  SUBCASE("spans beyond the packed fields fall back to the full comparison") {
    std::vector<Diagnostic> diagnostics;
    for (int i = 0; i < 64; ++i) {
      Diagnostic d = random_diagnostic(rng);
      d.span = DaySpan{i % 3, {5000 - i, 5001 + (i % 5)}};  // past 4095 minutes
      diagnostics.push_back(std::move(d));
    }
    const std::vector<Diagnostic> want = sorted_plainly(diagnostics);
    sort_diagnostics(diagnostics);
    CHECK(diagnostics == want);
  }
}
