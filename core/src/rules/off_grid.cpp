// Lessons start and last whole steps of the week's grid (counted from midnight), so the
// week view lines up and the solver's time slots stay comparable.
#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {

namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, bool start_off, bool duration_off, Out& out) {
  const Placement& p = m.placement(index);
  Diagnostic d = make_diagnostic(code::off_grid, Severity::warning);
  d.span = m.when(index);
  append_lesson_at(d.message, m, index);
  if (start_off) {
    d.message += " starts at ";
    append_clock(d.message, p.start);
  }
  if (duration_off) {
    d.message += start_off ? " and lasts " : " lasts ";
    append_duration(d.message, p.duration);
  }
  d.message += "; lessons snap to the week's ";
  append_int(d.message, m.plan.week.grid_minutes);
  d.message += "-minute grid.";
  add_lesson_refs(m, index, d);
  out.push_back(std::move(d));
}

}  // namespace

void check_off_grid(const Model& m, int index, Out& out) {
  const int grid = m.plan.week.grid_minutes;
  if (grid <= 0) return;  // no grid to snap to
  const Placement& p = m.placement(index);
  const bool start_off = p.start % grid != 0;
  const bool duration_off = p.duration % grid != 0;
  if (start_off || duration_off) report(m, index, start_off, duration_off, out);
}

}  // namespace brightpath::detail
