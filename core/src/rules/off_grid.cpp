// Lessons start and last whole steps of the week's grid (counted from midnight), so the
// week view lines up and the solver's time slots stay comparable.
#include "rules.hpp"
#include "warning_kernels.hpp"
#include "wording.hpp"

namespace brightpath::detail {

namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, bool start_off, bool duration_off, Out& out) {
  const Placement& p = m.placement(index);
  MessageText text;
  append_lesson_at(text, m, index);
  if (start_off) {
    text += " starts at ";
    text.append_clock(p.start);
  }
  if (duration_off) {
    text += start_off ? " and lasts " : " lasts ";
    text.append_duration(p.duration);
  }
  text += "; lessons snap to the week's ";
  text.append_int(m.plan.week.grid_minutes);
  text += "-minute grid.";
  report_lesson(m, index, code::off_grid, Severity::warning, text, out);
}

}  // namespace

void check_off_grid(const Model& m, int index, Out& out) {
  const int grid = m.plan.week.grid_minutes;
  if (grid <= 0) return;  // no grid to snap to
  const Placement& p = m.placement(index);
  const bool start_off = start_off_grid(p.start, grid);
  const bool duration_off = duration_off_grid(p.duration, grid);
  if (start_off || duration_off) report(m, index, start_off, duration_off, out);
}

}  // namespace brightpath::detail
