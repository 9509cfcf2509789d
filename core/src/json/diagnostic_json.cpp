#include "json/diagnostic_json.hpp"

#include <array>

namespace brightpath::json {
namespace {

// The order of "refs" keys is part of the contract, independent of the enum's order.
constexpr std::array<RefKind, 6> kRefOrder = {RefKind::lesson,   RefKind::course,   RefKind::student,
                                              RefKind::guardian, RefKind::resource, RefKind::commitment};

}  // namespace

void write_diagnostic(JsonWriter& out, const Diagnostic& d) {
  out.begin_object();
  out.key("code");
  out.word(d.code);
  out.key("severity");
  out.word(severity_name(d.severity));
  out.key("message");
  out.string(d.message);
  if (d.span) {
    out.key("span");
    out.begin_object();
    out.key("day");
    out.word(day_code(d.span->day));
    out.key("start");
    const auto start = clock_chars(d.span->time.start);
    out.word({start.data(), start.size()});
    out.key("end");
    const auto end = clock_chars(d.span->time.end);
    out.word({end.data(), end.size()});
    out.end_object();
  }
  if (d.omitted > 0) {  // a summary of findings left out of the list
    out.key("omitted");
    out.number(d.omitted);
  }
  out.key("refs");
  out.begin_object();
  // Which kinds are referenced, found in one pass: a diagnostic names two or three of the
  // six, and the others then cost no pass over its references.
  unsigned kinds = 0;
  for (const Ref& ref : d.refs) kinds |= 1U << static_cast<unsigned>(ref.kind);
  for (RefKind kind : kRefOrder) {
    if ((kinds & (1U << static_cast<unsigned>(kind))) == 0) continue;
    out.key(ref_kind_plural(kind));
    out.begin_array();
    for (const Ref& ref : d.refs) {
      if (ref.kind == kind) out.string(ref.id);
    }
    out.end_array();
  }
  out.end_object();
  out.end_object();
}

void write_diagnostic_list(JsonWriter& out, const std::vector<Diagnostic>& diagnostics) {
  out.begin_array();
  for (const auto& d : diagnostics) write_diagnostic(out, d);
  out.end_array();
}

void write_diagnostic_list(JsonWriter& out, const std::vector<const Diagnostic*>& diagnostics) {
  out.begin_array();
  for (const Diagnostic* d : diagnostics) write_diagnostic(out, *d);
  out.end_array();
}

void write_summary(JsonWriter& out, const DiagnosticCounts& counts) {
  out.begin_object();
  out.key("errors");
  out.number(counts.errors);
  out.key("warnings");
  out.number(counts.warnings);
  out.key("infos");
  out.number(counts.infos);
  out.end_object();
}

}  // namespace brightpath::json
