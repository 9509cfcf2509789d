// Readable doctest failure output for diagnostics: without these a failed
// `CHECK(d.refs == ...)` prints "{?} == {?}". Found by ADL, so tests need no using-directives.
#pragma once

#include <optional>
#include <ostream>
#include <vector>

#include "brightpath/diagnostic.hpp"

namespace brightpath {

inline std::ostream& operator<<(std::ostream& os, const Ref& r) {
  return os << ref_kind_plural(r.kind) << ':' << r.id;
}

inline std::ostream& operator<<(std::ostream& os, const std::vector<Ref>& refs) {
  os << '[';
  for (std::size_t i = 0; i < refs.size(); ++i) os << (i > 0 ? " " : "") << refs[i];
  return os << ']';
}

inline std::ostream& operator<<(std::ostream& os, const DaySpan& s) {
  return os << day_code(s.day) << ' ' << clock_text(s.time.start) << '-' << clock_text(s.time.end);
}

inline std::ostream& operator<<(std::ostream& os, const std::optional<DaySpan>& s) {
  if (!s) return os << "(no span)";
  return os << *s;
}

inline std::ostream& operator<<(std::ostream& os, Severity s) { return os << severity_name(s); }

}  // namespace brightpath
