#include "problem.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "search_control.hpp"

namespace brightpath::solver {
namespace {

using detail::kNone;
using detail::Model;

std::vector<int> resolve(const detail::IdIndex& ids, const std::vector<std::string>& refs) {
  std::vector<int> out;
  for (const auto& r : refs) {
    const int i = ids.find(r);
    if (i >= 0 && std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
  }
  return out;
}

// The guardian a course's lessons need: kNone when independent, kAnyGuardian when any adult
// may teach it, else the named one.
int course_guardian(const Model& m, int course) {
  if (m.plan.courses[course].teaching != Teaching::teacher_led) return kNone;
  const int g = m.courses[course].guardian;
  return g == kNone ? kAnyGuardian : g;
}

void lay_fixed(Problem& p, const Model& m) {
  const int students = static_cast<int>(m.plan.students.size());
  const int guardians = static_cast<int>(m.plan.guardians.size());
  const int resources = static_cast<int>(m.plan.resources.size());
  p.fixed_students.reset(students, p.cells_per_day);
  p.fixed_guardians.reset(guardians, p.cells_per_day);
  p.fixed_resources.reset(resources, p.cells_per_day);
  p.fixed_lessons_by_student_day.assign(static_cast<std::size_t>(students) * 7, {});
  p.fixed_course_days.assign(m.plan.courses.size(), std::array<int, 7>{});

  // A commitment takes its people and things out of the week entirely at that time, so it
  // fills a resource to capacity rather than using one unit of it.
  for (const Commitment& c : m.plan.commitments) {
    const CellRange r = cells_of(c.when.time.start, c.when.time.end, p.grid);
    const int day = c.when.day;
    for (const int s : resolve(m.student_ids, c.students)) p.fixed_students.mark(s, day, r.first, r.count);
    for (const int g : resolve(m.guardian_ids, c.guardians)) p.fixed_guardians.mark(g, day, r.first, r.count);
    for (const int x : resolve(m.resource_ids, c.resources)) {
      p.fixed_resources.add(x, day, r.first, r.count, m.plan.resources[x].capacity);
    }
  }
}

void add_fixed_lesson(Problem& p, const Model& m, int lesson) {
  const Placement& pl = m.plan.placements[lesson];
  const detail::LessonInfo& info = m.lessons[lesson];
  const CellRange r = cells_of(pl.start, pl.start + pl.duration, p.grid);
  for (const int s : m.students_of(lesson)) {
    p.fixed_students.mark(s, pl.day, r.first, r.count);
    p.fixed_lessons_by_student_day[static_cast<std::size_t>(s * 7 + pl.day)].push_back(pl.when().time);
  }
  if (info.guardian >= 0) p.fixed_guardians.mark(info.guardian, pl.day, r.first, r.count);
  for (const int x : info.resources) p.fixed_resources.add(x, pl.day, r.first, r.count, 1);
  if (info.course >= 0) {
    ++p.fixed_course_days[static_cast<std::size_t>(info.course)][static_cast<std::size_t>(pl.day)];
    SoftCounts counts{};
    count_lesson(m.plan.courses[info.course], p.grid, pl.start, pl.duration, counts);
    for (std::size_t i = 0; i < counts.size(); ++i) p.fixed_lesson_counts[i] += counts[i];
    p.fixed_lesson_soft += weigh(p.weights, counts);
  }
}

void compute_availability(Problem& p, const Model& m) {
  const int guardians = static_cast<int>(m.plan.guardians.size());
  p.availability_end.assign(static_cast<std::size_t>(guardians) * 7, std::vector<int>(p.cells_per_day, -1));
  for (int g = 0; g < guardians; ++g) {
    for (int day = 0; day < 7; ++day) {
      const std::vector<TimeSpan> merged = detail::merged_availability(m.plan.guardians[g], day);
      auto& row = p.availability_end[static_cast<std::size_t>(g * 7 + day)];
      for (int c = 0; c < p.cells_per_day; ++c) {
        const int minute = c * p.grid;
        for (const TimeSpan& w : merged) {
          if (w.start <= minute && minute < w.end) row[static_cast<std::size_t>(c)] = w.end;
        }
      }
    }
  }
}

bool guardian_fits_fixed(const Problem& p, int g, int day, int cell, const Task& t) {
  return p.available(g, day, cell, t.duration) && p.fixed_guardians.free(g, day, cell, t.cells);
}

Domain build_domain(const Problem& p, const Model& m, const Task& t) {
  Domain d;
  const std::size_t bits = static_cast<std::size_t>(7 * p.cells_per_day);
  d.allowed.assign((bits + 63) / 64, 0);
  const DaySet days = m.courses[t.course].days & m.plan.week.school_days;
  for (int day = 0; day < 7; ++day) {
    if (!has_day(days, day)) continue;
    for (int cell = 0; cell < p.cells_per_day; ++cell) {
      const TimeSpan span{cell * p.grid, cell * p.grid + t.duration};
      if (span.end > kMinutesPerDay) break;
      bool ok = true;
      for (const int s : t.students) {
        ok = ok && m.student_day(s).contains(span) && p.fixed_students.free(s, day, cell, t.cells);
      }
      for (const int x : t.resources) {
        ok = ok && p.fixed_resources.peak(x, day, cell, t.cells) < m.plan.resources[x].capacity;
      }
      if (ok && t.guardian >= 0) ok = guardian_fits_fixed(p, t.guardian, day, cell, t);
      if (ok && t.guardian == kAnyGuardian) {
        ok = std::any_of(p.all_guardians.begin(), p.all_guardians.end(),
                         [&](int g) { return guardian_fits_fixed(p, g, day, cell, t); });
      }
      if (!ok) continue;
      d.slots.push_back({static_cast<std::int16_t>(day), static_cast<std::int16_t>(cell)});
      const std::size_t bit = static_cast<std::size_t>(day * p.cells_per_day + cell);
      d.allowed[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }
  return d;
}

}  // namespace

Problem build_problem(const Model& m, MoveScope scope, SearchControl* control) {
  Problem p;
  p.model = &m;
  p.grid = m.plan.week.grid_minutes;
  p.cells_per_day = kMinutesPerDay / p.grid;
  p.weights = load_weights(m.plan);
  for (int g = 0; g < static_cast<int>(m.plan.guardians.size()); ++g) p.all_guardians.push_back(g);
  lay_fixed(p, m);
  compute_availability(p, m);

  std::vector<int> existing(m.plan.courses.size(), 0);
  for (int l = 0; l < static_cast<int>(m.plan.placements.size()); ++l) {
    const int course = m.lessons[l].course;
    if (course >= 0) ++existing[static_cast<std::size_t>(course)];
    const bool movable = scope == MoveScope::all_unlocked && !m.plan.placements[l].locked && course >= 0;
    if (!movable) {
      add_fixed_lesson(p, m, l);
      continue;
    }
    const Placement& pl = m.plan.placements[l];
    Task t;
    t.course = course;
    t.placement = l;
    t.duration = pl.duration;
    t.cells = (pl.duration + p.grid - 1) / p.grid;
    t.students = m.courses[course].students;
    t.resources = m.lessons[l].resources;
    t.guardian = course_guardian(m, course);
    // An independent lesson that names an adult still occupies that adult.
    if (t.guardian == kNone && m.lessons[l].guardian >= 0) t.guardian = m.lessons[l].guardian;
    if (pl.start % p.grid == 0) t.initial = {static_cast<std::int16_t>(pl.day), static_cast<std::int16_t>(pl.start / p.grid)};
    t.initial_guardian = m.lessons[l].guardian;
    p.tasks.push_back(std::move(t));
  }
  for (int c = 0; c < static_cast<int>(m.plan.courses.size()); ++c) {
    const Course& course = m.plan.courses[c];
    for (int k = existing[static_cast<std::size_t>(c)]; k < course.sessions_per_week; ++k) {
      Task t;
      t.course = c;
      t.duration = course.minutes_per_session;
      t.cells = (t.duration + p.grid - 1) / p.grid;
      t.students = m.courses[c].students;
      t.resources = m.courses[c].resources;
      t.guardian = course_guardian(m, c);
      p.tasks.push_back(std::move(t));
    }
  }

  for (Task& t : p.tasks) {
    t.parties = static_cast<int>(t.students.size() + t.resources.size()) + (t.guardian == kNone ? 0 : 1);
  }
  // Lessons of one course with the same length, resources and guardian share a domain.
  std::map<std::tuple<int, int, int, std::vector<int>>, int> shared;
  for (Task& t : p.tasks) {
    auto key = std::make_tuple(t.course, t.duration, t.guardian, t.resources);
    auto it = shared.find(key);
    if (it == shared.end()) {
      // Each cell of the week is tried against everyone the session needs.
      const std::int64_t cells = 7LL * p.cells_per_day;
      const std::int64_t checks = 1 + t.parties + (t.guardian == kAnyGuardian ? static_cast<std::int64_t>(p.all_guardians.size()) : 0);
      if (control != nullptr && !control->work(cells * checks)) {
        p.complete = false;
        return p;
      }
      it = shared.emplace(std::move(key), static_cast<int>(p.domains.size())).first;
      p.domains.push_back(build_domain(p, m, t));
    }
    t.domain = it->second;
  }
  return p;
}

}  // namespace brightpath::solver
