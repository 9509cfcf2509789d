// A shared thing (the piano, the one computer) serves at most its capacity at once.
//
// A sweep over the resource's day finds each maximal stretch where more lessons use it
// than it has room for; one diagnostic per stretch (not per pair), because with capacity 2
// a pair is never the problem, a crowd is. Spans are half-open, so back-to-back lessons
// (one ends 10:00, the next starts 10:00) never count as simultaneous.
#include <algorithm>
#include <utility>
#include <vector>

#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int resource, const SmallList& lessons, DaySpan span,
                              int peak, Out& out) {
  if (!out.wants(code::resource_over_capacity, Severity::error)) return;
  const Resource& r = m.plan.resources[resource];
  Diagnostic d = make_diagnostic(code::resource_over_capacity, Severity::error);
  MessageText text;
  d.span = span;
  append_resource_label(text, m, resource, true);
  text += " (capacity ";
  text.append_int(r.capacity);
  text += ") is needed by ";
  text.append_int(peak);
  text += " lessons at once, ";
  append_span(text, span);
  text += ": ";
  // The lessons in the stretch, in start order; the list is sorted by start, so the scan
  // stops at the first lesson that starts after the stretch ends.
  std::vector<int> in_stretch;
  for (const int l : lessons) {
    const TimeSpan t = m.when(l).time;
    if (t.start >= span.time.end) break;
    if (t.overlaps(span.time)) in_stretch.push_back(l);
  }
  append_lesson_list(text, m, in_stretch.data(), in_stretch.size());
  add_ref(d, RefKind::resource, r.id);
  add_group_refs(m, in_stretch.data(), in_stretch.size(), d);
  text += '.';
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace

void check_resource_over_capacity(const Model& m, int index, Out& out) {
  const int resource = index / kDaysPerWeek;
  const int capacity = m.plan.resources[resource].capacity;
  const auto& lessons = m.lessons_by_resource_day[index];
  if (static_cast<int>(lessons.size()) <= std::max(capacity, 0)) return;  // cannot overflow

  // (time, +1 start / -1 end); ends sort before starts at the same minute (half-open spans).
  std::vector<std::pair<int, int>> events;
  events.reserve(lessons.size() * 2);
  for (const int l : lessons) {
    const TimeSpan t = m.when(l).time;
    events.emplace_back(t.start, +1);
    events.emplace_back(t.end, -1);
  }
  std::sort(events.begin(), events.end());

  const int day = index % kDaysPerWeek;
  int usage = 0;
  int peak = 0;
  int open_at = -1;  // start of the current over-capacity stretch, -1 when none
  for (std::size_t i = 0; i < events.size();) {
    const int time = events[i].first;
    for (; i < events.size() && events[i].first == time; ++i) usage += events[i].second;
    if (usage > capacity) {
      if (open_at < 0) {
        open_at = time;
        peak = 0;
      }
      peak = std::max(peak, usage);
    } else if (open_at >= 0) {
      report(m, resource, lessons, DaySpan{day, {open_at, time}}, peak, out);
      open_at = -1;
    }
  }
}

}  // namespace brightpath::detail
