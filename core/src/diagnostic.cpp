#include "brightpath/diagnostic.hpp"

#include <algorithm>
#include <cstdint>
#include <tuple>

namespace brightpath {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

std::string_view ref_kind_plural(RefKind kind) {
  switch (kind) {
    case RefKind::lesson: return "lessons";
    case RefKind::course: return "courses";
    case RefKind::student: return "students";
    case RefKind::guardian: return "guardians";
    case RefKind::resource: return "resources";
    case RefKind::commitment: return "commitments";
  }
  return "lessons";
}

// Errors first; within a severity, what happens earlier in the week first (a parent reads
// the week from Monday morning), week-level findings after; ties broken by code, refs and
// message so the order never depends on how the plan's arrays happen to be ordered.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  if (a.severity != b.severity) return a.severity < b.severity;
  if (a.span.has_value() != b.span.has_value()) return a.span.has_value();
  if (a.span && b.span) {
    const auto ka = std::tuple(a.span->day, a.span->time.start, a.span->time.end);
    const auto kb = std::tuple(b.span->day, b.span->time.start, b.span->time.end);
    if (ka != kb) return ka < kb;
  }
  if (a.code != b.code) return a.code < b.code;
  if (a.refs != b.refs) return a.refs < b.refs;
  return a.message < b.message;
}

namespace {

// A packed prefix of the order diagnostic_less defines: when two keys differ they order the
// diagnostics exactly as diagnostic_less would, so only ties need the full comparison.
// Sorting 3,000+ diagnostics by keys and moving each once is several times faster than
// sorting the diagnostics themselves (string compares and moves of strings and vectors).
struct SortKey {
  // severity | no span | day | start | end (48 bits), then the rank of the code among the
  // codes present, in string order (16 bits)
  std::uint64_t order;
  std::uint64_t ref;   // first ref's kind + 1 (0 = no refs) | first 7 bytes of its id
  std::uint64_t ref2;  // the same for the second ref, only used when the first refs are equal
  std::uint32_t index;
};

// The first `bytes` bytes of `text` big-endian, zero-padded. Zero padding cannot tell "ab"
// from "ab\0", so `has_nul` is set when one of the bytes read is a NUL (keys are then not
// exact and the caller falls back to the plain sort).
std::uint64_t prefix_bytes(std::string_view text, std::size_t bytes, bool& has_nul) {
  std::uint64_t out = 0;
  const std::size_t n = std::min(text.size(), bytes);
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    has_nul = has_nul || c == 0;
    out = (out << 8U) | c;
  }
  return out << (8U * (bytes - n));
}

constexpr std::size_t kMaxCodes = 1U << 16U;  // code ranks fit the low 16 bits of `order`

// Keys are exact only for spans that fit their bit fields and ids without NUL bytes in the
// part the key holds; `exact` is cleared otherwise. `code_rank` is below kMaxCodes.
SortKey key_of(const Diagnostic& d, std::uint32_t index, std::uint64_t code_rank, bool& exact) {
  SortKey k{};
  std::uint64_t when = static_cast<std::uint64_t>(d.severity) << 40U;
  if (d.span) {
    const DaySpan& s = *d.span;
    exact = exact && s.day >= 0 && s.day < 256 && s.time.start >= 0 && s.time.start < 4096 &&
            s.time.end >= 0 && s.time.end < 4096;
    when |= static_cast<std::uint64_t>(s.day & 0xFF) << 24U;
    when |= static_cast<std::uint64_t>(s.time.start & 0xFFF) << 12U;
    when |= static_cast<std::uint64_t>(s.time.end & 0xFFF);
  } else {
    when |= 1ULL << 32U;
  }
  k.order = (when << 16U) | code_rank;
  bool has_nul = false;
  const auto ref_key = [&has_nul](const Ref& r) {
    return ((static_cast<std::uint64_t>(r.kind) + 1U) << 56U) | prefix_bytes(r.id, 7, has_nul);
  };
  if (!d.refs.empty()) k.ref = ref_key(d.refs[0]);
  // Only exact when the first id fits the prefix: then equal `ref` means equal first refs.
  if (d.refs.size() > 1 && d.refs[0].id.size() < 7) k.ref2 = ref_key(d.refs[1]);
  exact = exact && !has_nul;
  k.index = index;
  return k;
}

// Puts diagnostics[keys[i].index] at position i for every i by following the permutation's
// cycles: each diagnostic is moved once (plus once more per cycle), and no second vector is
// allocated. Uses up `keys` (an index equal to its position marks a settled slot).
void permute(std::vector<Diagnostic>& diagnostics, std::vector<SortKey>& keys) {
  for (std::uint32_t start = 0; start < keys.size(); ++start) {
    if (keys[start].index == start) continue;
    Diagnostic held = std::move(diagnostics[start]);
    std::uint32_t at = start;
    while (keys[at].index != start) {
      const std::uint32_t from = keys[at].index;
      diagnostics[at] = std::move(diagnostics[from]);
      keys[at].index = at;
      at = from;
    }
    diagnostics[at] = std::move(held);
    keys[at].index = at;
  }
}

}  // namespace

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  if (diagnostics.size() < 16) {
    std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
    return;
  }
  // Codes are few (the catalogue's); rank them once by string order. Diagnostics come in
  // runs of one code (one rule at a time), so the run's rank is reused.
  std::vector<std::string_view> codes;
  codes.reserve(32);  // more than the catalogue has
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const std::string_view code = diagnostics[i].code;
    const std::string_view previous = i > 0 ? diagnostics[i - 1].code : std::string_view{};
    if (i > 0 && code.data() == previous.data() && code.size() == previous.size()) continue;
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  std::sort(codes.begin(), codes.end());
  if (codes.size() > kMaxCodes) {  // not from the catalogue: too many to rank in the keys
    std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
    return;
  }
  const auto rank = [&codes](std::string_view code) {
    return static_cast<std::uint64_t>(std::lower_bound(codes.begin(), codes.end(), code) - codes.begin());
  };
  std::vector<SortKey> keys;
  keys.reserve(diagnostics.size());
  bool exact = true;
  std::string_view last_code;
  std::uint64_t last_rank = 0;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    if (i == 0 || d.code.data() != last_code.data() || d.code.size() != last_code.size()) {
      last_code = d.code;
      last_rank = rank(d.code);
    }
    keys.push_back(key_of(d, static_cast<std::uint32_t>(i), last_rank, exact));
  }
  if (!exact) {
    std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
    return;
  }
  std::sort(keys.begin(), keys.end(), [&diagnostics](const SortKey& a, const SortKey& b) {
    if (a.order != b.order) return a.order < b.order;
    if (a.ref != b.ref) return a.ref < b.ref;
    if (a.ref2 != b.ref2) return a.ref2 < b.ref2;
    return diagnostic_less(diagnostics[a.index], diagnostics[b.index]);
  });
  permute(diagnostics, keys);
}

DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  DiagnosticCounts counts;
  for (const auto& d : diagnostics) {
    switch (d.severity) {
      case Severity::error: counts.errors += d.findings(); break;
      case Severity::warning: counts.warnings += d.findings(); break;
      case Severity::info: counts.infos += d.findings(); break;
    }
  }
  return counts;
}

}  // namespace brightpath
