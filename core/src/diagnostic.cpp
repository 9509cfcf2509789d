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
  std::uint64_t when;  // severity | no span | day | start | end
  std::uint64_t what;  // rank of the code among the codes present, in string order
  std::uint64_t ref;   // first ref's kind + 1 (0 = no refs) | first 7 bytes of its id
  std::uint64_t ref2;  // the same for the second ref, only used when the first refs are equal
  std::uint32_t index;
};

std::uint64_t prefix_bytes(std::string_view text, std::size_t bytes) {
  std::uint64_t out = 0;
  for (std::size_t i = 0; i < bytes; ++i) {
    out = (out << 8U) | (i < text.size() ? static_cast<unsigned char>(text[i]) : 0U);
  }
  return out;
}

SortKey key_of(const Diagnostic& d, std::uint32_t index, std::uint64_t code_rank) {
  SortKey k{};
  k.when = static_cast<std::uint64_t>(d.severity) << 40U;
  if (d.span) {
    k.when |= static_cast<std::uint64_t>(d.span->day & 0xFF) << 24U;
    k.when |= static_cast<std::uint64_t>(d.span->time.start & 0xFFF) << 12U;
    k.when |= static_cast<std::uint64_t>(d.span->time.end & 0xFFF);
  } else {
    k.when |= 1ULL << 32U;
  }
  k.what = code_rank;
  const auto ref_key = [](const Ref& r) {
    return ((static_cast<std::uint64_t>(r.kind) + 1U) << 56U) | prefix_bytes(r.id, 7);
  };
  if (!d.refs.empty()) k.ref = ref_key(d.refs[0]);
  // Only exact when the first id fits the prefix: then equal `ref` means equal first refs.
  if (d.refs.size() > 1 && d.refs[0].id.size() < 7) k.ref2 = ref_key(d.refs[1]);
  k.index = index;
  return k;
}

// Keys are exact only for spans that fit their bit fields and ids without NUL bytes (which
// zero padding would confuse); anything else falls back to the plain sort.
bool fits_keys(const Diagnostic& d) {
  for (std::size_t i = 0; i < d.refs.size() && i < 2; ++i) {
    if (d.refs[i].id.find('\0') != std::string::npos) return false;
  }
  return !d.span || (d.span->day >= 0 && d.span->day < 256 && d.span->time.start >= 0 &&
                     d.span->time.start < 4096 && d.span->time.end >= 0 && d.span->time.end < 4096);
}

}  // namespace

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  const bool keys_exact = std::all_of(diagnostics.begin(), diagnostics.end(), fits_keys);
  if (!keys_exact || diagnostics.size() < 16) {
    std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
    return;
  }
  // Codes are few (the catalogue's); rank them once by string order.
  std::vector<std::string_view> codes;
  for (const auto& d : diagnostics) {
    if (std::find(codes.begin(), codes.end(), d.code) == codes.end()) codes.push_back(d.code);
  }
  std::sort(codes.begin(), codes.end());
  const auto rank = [&codes](std::string_view code) {
    return static_cast<std::uint64_t>(std::lower_bound(codes.begin(), codes.end(), code) - codes.begin());
  };
  std::vector<SortKey> keys;
  keys.reserve(diagnostics.size());
  std::string_view last_code;
  std::uint64_t last_rank = 0;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    if (i == 0 || d.code.data() != last_code.data() || d.code.size() != last_code.size()) {
      last_code = d.code;
      last_rank = rank(d.code);
    }
    keys.push_back(key_of(d, static_cast<std::uint32_t>(i), last_rank));
  }
  std::sort(keys.begin(), keys.end(), [&diagnostics](const SortKey& a, const SortKey& b) {
    if (a.when != b.when) return a.when < b.when;
    if (a.what != b.what) return a.what < b.what;
    if (a.ref != b.ref) return a.ref < b.ref;
    if (a.ref2 != b.ref2) return a.ref2 < b.ref2;
    return diagnostic_less(diagnostics[a.index], diagnostics[b.index]);
  });
  std::vector<Diagnostic> sorted;
  sorted.reserve(diagnostics.size());
  for (const SortKey& k : keys) sorted.push_back(std::move(diagnostics[k.index]));
  diagnostics = std::move(sorted);
}

DiagnosticCounts count_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  DiagnosticCounts counts;
  for (const auto& d : diagnostics) {
    switch (d.severity) {
      case Severity::error: ++counts.errors; break;
      case Severity::warning: ++counts.warnings; break;
      case Severity::info: ++counts.infos; break;
    }
  }
  return counts;
}

}  // namespace brightpath
