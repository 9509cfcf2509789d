#include "model.hpp"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <unordered_set>

namespace brightpath::detail {
namespace {

SmallList resolve_all(const IdIndex& ids, const std::vector<std::string>& refs) {
  SmallList out;
  out.reserve(refs.size());
  // Repeats are left out (a decoded plan has none; a plan built in code may). A list holds
  // up to 500 ids, so past a few a set of what was seen replaces the scan.
  const bool long_list = refs.size() > 16;
  std::unordered_set<int> seen;
  for (const auto& ref : refs) {
    const int i = ids.find(ref);
    if (i < 0) continue;
    if (long_list ? !seen.insert(i).second : std::find(out.begin(), out.end(), i) != out.end()) continue;
    out.push_back(i);
  }
  return out;
}

// Per-day lists are ordered by time so overlap and break rules can sweep them.
void insert_by_time(const Model& m, SmallList& list, int lesson) {
  const auto key = [&m](int l) {
    const auto& p = m.plan.placements[l];
    return std::tuple(p.start, p.start + p.duration, l);
  };
  const auto k = key(lesson);
  list.insert(std::upper_bound(list.begin(), list.end(), k,
                               [&key](const auto& value, int l) { return value < key(l); }),
              lesson);
}

void insert_by_day_time(const Model& m, SmallList& list, int lesson) {
  const auto key = [&m](int l) {
    const auto& p = m.plan.placements[l];
    return std::tuple(p.day, p.start, p.start + p.duration, l);
  };
  const auto k = key(lesson);
  list.insert(std::upper_bound(list.begin(), list.end(), k,
                               [&key](const auto& value, int l) { return value < key(l); }),
              lesson);
}

void erase_value(SmallList& list, int value) {
  list.erase(std::remove(list.begin(), list.end(), value), list.end());
}

}  // namespace

void resolve_lesson(Model& m, int lesson) {
  const Placement& p = m.plan.placements[lesson];
  LessonInfo& info = m.lessons[lesson];
  info.course = m.course_ids.find(p.course);
  const CourseInfo* course = info.course >= 0 ? &m.courses[info.course] : nullptr;
  if (p.guardian) {
    info.guardian = m.guardian_ids.find(*p.guardian);
  } else if (course != nullptr && m.plan.courses[info.course].teaching == Teaching::teacher_led) {
    info.guardian = course->guardian;  // the named guardian, kNone (any) or kUnknown
  } else {
    info.guardian = kNone;
  }
  if (course != nullptr) {
    info.resources = course->resources;
  } else {
    info.resources.clear();
  }
  // Most lessons add nothing to their course's resources, which are already sorted.
  if (!p.resources.empty()) {
    for (const int r : resolve_all(m.resource_ids, p.resources)) info.resources.push_back(r);
    std::sort(info.resources.begin(), info.resources.end());
    info.resources.erase(std::unique(info.resources.begin(), info.resources.end()), info.resources.end());
  }
}

void index_lesson(Model& m, int lesson) {
  const LessonInfo& info = m.lessons[lesson];
  if (!info.alive) return;
  const int day = m.plan.placements[lesson].day;
  for (const int s : m.students_of(lesson)) {
    insert_by_time(m, m.lessons_by_student_day[s * kDaysPerWeek + day], lesson);
  }
  if (info.guardian >= 0) {
    insert_by_time(m, m.lessons_by_guardian_day[info.guardian * kDaysPerWeek + day], lesson);
  }
  for (const int r : info.resources) {
    insert_by_time(m, m.lessons_by_resource_day[r * kDaysPerWeek + day], lesson);
  }
  if (info.course >= 0) insert_by_day_time(m, m.lessons_by_course[info.course], lesson);
}

void unindex_lesson(Model& m, int lesson) {
  const LessonInfo& info = m.lessons[lesson];
  const int day = m.plan.placements[lesson].day;
  for (const int s : m.students_of(lesson)) {
    erase_value(m.lessons_by_student_day[s * kDaysPerWeek + day], lesson);
  }
  if (info.guardian >= 0) {
    erase_value(m.lessons_by_guardian_day[info.guardian * kDaysPerWeek + day], lesson);
  }
  for (const int r : info.resources) {
    erase_value(m.lessons_by_resource_day[r * kDaysPerWeek + day], lesson);
  }
  if (info.course >= 0) erase_value(m.lessons_by_course[info.course], lesson);
}

std::vector<TimeSpan> merged_availability(const Guardian& guardian, int day) {
  std::vector<TimeSpan> windows;
  for (const DaySpan& w : guardian.availability) {
    if (w.day == day) windows.push_back(w.time);
  }
  std::sort(windows.begin(), windows.end(),
            [](const TimeSpan& a, const TimeSpan& b) { return a.start < b.start; });
  std::vector<TimeSpan> merged;
  for (const TimeSpan& w : windows) {
    if (!merged.empty() && w.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, w.end);
    } else {
      merged.push_back(w);
    }
  }
  return merged;
}

int find_lesson(const Model& m, const std::string& id) {
  auto it = m.lesson_ids.find(id);
  return it == m.lesson_ids.end() ? kUnknown : it->second;
}

Model build_model(const Plan& plan, bool index_lesson_ids) {
  Model m(plan);
  const auto& p = m.plan;
  m.student_ids.build(p.students);
  m.guardian_ids.build(p.guardians);
  m.resource_ids.build(p.resources);
  m.course_ids.build(p.courses);
  m.commitment_ids.build(p.commitments);
  if (index_lesson_ids) {
    m.lesson_ids.reserve(p.placements.size() * 2);
    for (int i = 0; i < static_cast<int>(p.placements.size()); ++i) m.lesson_ids.emplace(p.placements[i].id, i);
  }

  m.courses.resize(p.courses.size());
  for (std::size_t c = 0; c < p.courses.size(); ++c) {
    const Course& course = p.courses[c];
    CourseInfo& info = m.courses[c];
    info.students = resolve_all(m.student_ids, course.students);
    info.resources = resolve_all(m.resource_ids, course.resources);
    std::sort(info.resources.begin(), info.resources.end());
    info.guardian = course.teaching == Teaching::teacher_led && course.guardian
                        ? m.guardian_ids.find(*course.guardian)
                        : kNone;
    info.days = course.days.value_or(p.week.school_days);
  }
  // Counted first so each child's list is allocated once.
  m.courses_by_student.resize(p.students.size());
  {
    std::vector<int> counts(p.students.size(), 0);
    for (const CourseInfo& info : m.courses) {
      for (const int s : info.students) ++counts[s];
    }
    for (std::size_t s = 0; s < counts.size(); ++s) {
      m.courses_by_student[s].reserve(static_cast<std::size_t>(counts[s]));
    }
  }
  for (int c = 0; c < static_cast<int>(p.courses.size()); ++c) {
    for (const int s : m.courses[c].students) m.courses_by_student[s].push_back(c);
  }

  const auto day_lists = [](std::size_t n) { return std::vector<std::vector<int>>(n * kDaysPerWeek); };
  m.lessons_by_student_day.resize(p.students.size() * kDaysPerWeek);
  m.lessons_by_guardian_day.resize(p.guardians.size() * kDaysPerWeek);
  m.lessons_by_resource_day.resize(p.resources.size() * kDaysPerWeek);
  m.lessons_by_course.resize(p.courses.size());
  m.commitments_by_student_day = day_lists(p.students.size());
  m.commitments_by_guardian_day = day_lists(p.guardians.size());
  m.commitments_by_resource_day = day_lists(p.resources.size());

  for (int k = 0; k < static_cast<int>(p.commitments.size()); ++k) {
    const Commitment& c = p.commitments[k];
    const int day = c.when.day;
    if (day >= 0 && day < kDaysPerWeek) {
      auto& hours = m.commitment_hours[day];
      const TimeSpan t = c.when.time;
      hours = hours ? TimeSpan{std::min(hours->start, t.start), std::max(hours->end, t.end)} : t;
    }
    for (const int s : resolve_all(m.student_ids, c.students)) m.commitments_by_student_day[s * kDaysPerWeek + day].push_back(k);
    for (const int g : resolve_all(m.guardian_ids, c.guardians)) m.commitments_by_guardian_day[g * kDaysPerWeek + day].push_back(k);
    for (const int r : resolve_all(m.resource_ids, c.resources)) m.commitments_by_resource_day[r * kDaysPerWeek + day].push_back(k);
  }

  // Append every lesson to its lists, then sort each list once: far cheaper than keeping
  // them sorted on every insert, which only the session's single-lesson edits need. Lists
  // hold ten lessons inline, so only a long day (a co-op teacher's) allocates.
  const int lessons = static_cast<int>(p.placements.size());
  m.lessons.resize(p.placements.size());
  for (int l = 0; l < lessons; ++l) resolve_lesson(m, l);
  // Each child's day list counted first and allocated once at its size: a plan of lessons
  // shared by hundreds of children holds tens of millions of entries, and lists grown by
  // doubling would carry a third more on average (and twice as much while they grow).
  {
    std::vector<std::uint32_t> counts(m.lessons_by_student_day.size(), 0);
    for (int l = 0; l < lessons; ++l) {
      for (const int s : m.students_of(l)) ++counts[s * kDaysPerWeek + p.placements[l].day];
    }
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (counts[i] > 0) m.lessons_by_student_day[i].reserve(counts[i]);
    }
  }
  for (int l = 0; l < lessons; ++l) {
    const LessonInfo& info = m.lessons[l];
    const int day = p.placements[l].day;
    for (const int s : m.students_of(l)) m.lessons_by_student_day[s * kDaysPerWeek + day].push_back(l);
    if (info.guardian >= 0) m.lessons_by_guardian_day[info.guardian * kDaysPerWeek + day].push_back(l);
    for (const int r : info.resources) m.lessons_by_resource_day[r * kDaysPerWeek + day].push_back(l);
    if (info.course >= 0) m.lessons_by_course[info.course].push_back(l);
  }

  // Sorting compares (start, end) over and over, so each lesson's pair is packed into one
  // number first. Flipping the sign bit maps int order onto unsigned order, so the packed
  // order is exactly the order of the pairs, for any ints.
  std::vector<std::uint64_t> times(p.placements.size());
  for (int l = 0; l < lessons; ++l) {
    const auto& x = p.placements[l];
    const auto biased = [](int v) { return std::uint64_t{static_cast<std::uint32_t>(v) ^ 0x80000000U}; };
    times[l] = (biased(x.start) << 32U) | biased(x.start + x.duration);
  }
  const auto by_time = [&times](int a, int b) { return times[a] != times[b] ? times[a] < times[b] : a < b; };
  const auto by_day_time = [&p, &by_time](int a, int b) {
    const int x = p.placements[a].day;
    const int y = p.placements[b].day;
    return x != y ? x < y : by_time(a, b);
  };
  for (auto* lists : {&m.lessons_by_student_day, &m.lessons_by_guardian_day, &m.lessons_by_resource_day}) {
    for (auto& list : *lists) {
      if (list.size() > 1) std::sort(list.begin(), list.end(), by_time);
    }
  }
  for (auto& list : m.lessons_by_course) {
    if (list.size() > 1) std::sort(list.begin(), list.end(), by_day_time);
  }
  return m;
}

}  // namespace brightpath::detail
