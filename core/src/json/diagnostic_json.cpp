#include "json/diagnostic_json.hpp"

#include <array>

namespace brightpath::json {
namespace {

boost::json::string_view sv(std::string_view s) { return {s.data(), s.size()}; }

// The order of "refs" keys is part of the contract, independent of the enum's order.
constexpr std::array<RefKind, 6> kRefOrder = {RefKind::lesson,   RefKind::course,   RefKind::student,
                                              RefKind::guardian, RefKind::resource, RefKind::commitment};

}  // namespace

boost::json::object diagnostic_json(const Diagnostic& d) {
  boost::json::object out{{"code", sv(d.code)}, {"severity", sv(severity_name(d.severity))},
                          {"message", sv(d.message)}};
  if (d.span) {
    out["span"] = boost::json::object{{"day", sv(day_code(d.span->day))},
                                      {"start", clock_text(d.span->time.start)},
                                      {"end", clock_text(d.span->time.end)}};
  }
  boost::json::object refs;
  for (RefKind kind : kRefOrder) {
    boost::json::array ids;
    for (const Ref& ref : d.refs) {
      if (ref.kind == kind) ids.emplace_back(sv(ref.id));
    }
    if (!ids.empty()) refs[sv(ref_kind_plural(kind))] = std::move(ids);
  }
  out["refs"] = std::move(refs);
  return out;
}

boost::json::array diagnostic_list_json(const std::vector<Diagnostic>& diagnostics) {
  boost::json::array out;
  out.reserve(diagnostics.size());
  for (const auto& d : diagnostics) out.emplace_back(diagnostic_json(d));
  return out;
}

boost::json::object summary_json(const DiagnosticCounts& counts) {
  return {{"errors", counts.errors}, {"warnings", counts.warnings}, {"infos", counts.infos}};
}

}  // namespace brightpath::json
