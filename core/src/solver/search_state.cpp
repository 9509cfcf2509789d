#include "search_state.hpp"

#include <algorithm>

namespace brightpath::solver {
namespace {

using detail::kNone;
using detail::kUnknown;

void erase_value(std::vector<int>& list, int value) {
  const auto it = std::find(list.begin(), list.end(), value);
  if (it != list.end()) {
    *it = list.back();
    list.pop_back();
  }
}

bool cells_overlap(int a_first, int a_count, int b_first, int b_count) {
  return a_first < b_first + b_count && b_first < a_first + a_count;
}

bool has_day_limits(const Student& s) { return s.max_daily_minutes || s.max_minutes_without_break; }

}  // namespace

SearchState::SearchState(const Problem& problem)
    : p_(problem),
      pos_(problem.tasks.size()),
      unplaced_(static_cast<int>(problem.tasks.size())),
      students_(problem.fixed_students),
      guardians_(problem.fixed_guardians),
      resources_(problem.fixed_resources),
      course_days_(problem.fixed_course_days) {
  const Plan& plan = p_.model->plan;
  by_student_day_.assign(plan.students.size() * 7, {});
  by_guardian_day_.assign(plan.guardians.size() * 7, {});
  by_resource_day_.assign(plan.resources.size() * 7, {});
  course_term_.assign(plan.courses.size(), 0);
  student_day_term_.assign(plan.students.size() * 7, 0);
  lesson_term_.assign(problem.tasks.size(), 0);
  student_owner_.assign(plan.students.size() * 7 * static_cast<std::size_t>(p_.cells_per_day), -1);
  guardian_owner_.assign(plan.guardians.size() * 7 * static_cast<std::size_t>(p_.cells_per_day), -1);
  soft_ = p_.fixed_lesson_soft;
  for (int t = 0; t < unplaced_; ++t) {
    unplaced_list_.push_back(t);
    unplaced_at_.push_back(t);
  }
  for (std::size_t c = 0; c < plan.courses.size(); ++c) {
    course_term_[c] = course_soft(p_.weights, plan.courses[c], course_days_[c]);
    soft_ += course_term_[c];
  }
  for (int s = 0; s < static_cast<int>(plan.students.size()); ++s) {
    for (int d = 0; d < 7; ++d) {
      const std::size_t i = static_cast<std::size_t>(s * 7 + d);
      student_day_term_[i] = student_day_term(s, d, -1, nullptr);
      soft_ += student_day_term_[i];
    }
  }
}

int SearchState::guardian_of(int task, int chosen) const {
  const int g = p_.tasks[static_cast<std::size_t>(task)].guardian;
  return g == kAnyGuardian ? chosen : g;
}

bool SearchState::fits(int task, int day, int cell, int guardian) const {
  const int g = guardian_of(task, guardian);
  if (p_.tasks[static_cast<std::size_t>(task)].guardian == kAnyGuardian && g < 0) return false;
  return fits_people(task, day, cell) && fits_guardian(task, g, day, cell);
}

bool SearchState::fits_people(int task, int day, int cell) const {
  const Task& t = p_.tasks[static_cast<std::size_t>(task)];
  for (const int s : t.students) {
    if (!students_.free(s, day, cell, t.cells)) return false;
  }
  for (const int x : t.resources) {
    if (resources_.peak(x, day, cell, t.cells) >= p_.model->plan.resources[static_cast<std::size_t>(x)].capacity) return false;
  }
  return true;
}

bool SearchState::fits_guardian(int task, int g, int day, int cell) const {
  if (g < 0) return true;
  const Task& t = p_.tasks[static_cast<std::size_t>(task)];
  // A named guardian's availability is already part of the domain; an "any" one's is not.
  if (t.guardian == kAnyGuardian && !p_.available(g, day, cell, t.duration)) return false;
  return guardians_.free(g, day, cell, t.cells);
}

int SearchState::fitting_guardian(int task, int day, int cell, std::uint64_t rotate) const {
  const Task& t = p_.tasks[static_cast<std::size_t>(task)];
  if (t.guardian != kAnyGuardian) return fits(task, day, cell, kNone) ? t.guardian : kUnknown;
  // The children and rooms once, then each adult (with 200 adults, checking the children
  // again for every adult was a quarter of construction's time on large co-ops).
  if (!fits_people(task, day, cell)) return kUnknown;
  const auto n = p_.all_guardians.size();
  for (std::size_t i = 0; i < n; ++i) {
    const int g = p_.all_guardians[(i + rotate) % n];
    if (fits_guardian(task, g, day, cell)) return g;
  }
  return kUnknown;
}

void SearchState::busy_parties(int task, int day, int cell, std::vector<Party>& out) const {
  const Task& t = p_.tasks[static_cast<std::size_t>(task)];
  out.clear();
  for (const int s : t.students) {
    if (!students_.free(s, day, cell, t.cells)) out.push_back({RefKind::student, s});
  }
  for (const int x : t.resources) {
    if (resources_.peak(x, day, cell, t.cells) >= p_.model->plan.resources[static_cast<std::size_t>(x)].capacity) {
      out.push_back({RefKind::resource, x});
    }
  }
  if (t.guardian >= 0 && !guardians_.free(t.guardian, day, cell, t.cells)) out.push_back({RefKind::guardian, t.guardian});
  if (t.guardian == kAnyGuardian) {
    bool someone = false;
    for (const int g : p_.all_guardians) {
      if (p_.available(g, day, cell, t.duration) && guardians_.free(g, day, cell, t.cells)) someone = true;
    }
    if (!someone) out.push_back({RefKind::guardian, -1});
  }
}

namespace {

// Appends the lessons of `list` whose cells overlap [cell, cell + count) to `out` (without
// repeats); false once `out` holds more than `limit`.
bool add_overlapping(const std::vector<int>& list, const std::vector<Pos>& pos, const std::vector<Task>& tasks, int cell,
                     int count, std::vector<int>& out, std::size_t limit) {
  for (const int u : list) {
    const Pos& at = pos[static_cast<std::size_t>(u)];
    if (cells_overlap(cell, count, at.cell, tasks[static_cast<std::size_t>(u)].cells) &&
        std::find(out.begin(), out.end(), u) == out.end()) {
      out.push_back(u);
      if (out.size() > limit) return false;
    }
  }
  return true;
}

}  // namespace

bool SearchState::add_owners(const std::vector<int>& owners, int entity, int day, int cell, int count,
                             std::vector<int>& out, std::size_t limit) const {
  const std::size_t base = owner_index(entity, day, cell);
  int last = -1;
  for (int c = 0; c < count && cell + c < p_.cells_per_day; ++c) {
    const int u = owners[base + static_cast<std::size_t>(c)];
    if (u < 0 || u == last) continue;
    last = u;
    if (std::find(out.begin(), out.end(), u) != out.end()) continue;
    out.push_back(u);
    if (out.size() > limit) return false;
  }
  return true;
}

bool SearchState::people_blockers(int task, int day, int cell, std::vector<int>& out, std::size_t limit) const {
  const Task& t = p_.tasks[static_cast<std::size_t>(task)];
  // Fixed obstacles first: they are cheap to test and end the question outright.
  for (const int s : t.students) {
    if (!p_.fixed_students.free(s, day, cell, t.cells)) return false;
  }
  for (const int x : t.resources) {
    if (p_.fixed_resources.peak(x, day, cell, t.cells) >= p_.model->plan.resources[static_cast<std::size_t>(x)].capacity) return false;
  }
  for (const int s : t.students) {
    if (students_.free(s, day, cell, t.cells)) continue;
    if (!add_owners(student_owner_, s, day, cell, t.cells, out, limit)) return false;
  }
  for (const int x : t.resources) {
    // Ejecting every overlapping user is more than a resource with capacity > 1 needs, but
    // it keeps the chain short and always makes room.
    if (resources_.peak(x, day, cell, t.cells) >= p_.model->plan.resources[static_cast<std::size_t>(x)].capacity &&
        !add_overlapping(by_resource_day_[static_cast<std::size_t>(x * 7 + day)], pos_, p_.tasks, cell, t.cells, out, limit)) {
      return false;
    }
  }
  return true;
}

bool SearchState::guardian_blockers(int task, int guardian, int day, int cell, std::vector<int>& out,
                                    std::size_t limit) const {
  const Task& t = p_.tasks[static_cast<std::size_t>(task)];
  if (guardian < 0) return true;
  if (!p_.available(guardian, day, cell, t.duration) || !p_.fixed_guardians.free(guardian, day, cell, t.cells)) return false;
  if (guardians_.free(guardian, day, cell, t.cells)) return true;
  return add_owners(guardian_owner_, guardian, day, cell, t.cells, out, limit);
}

bool SearchState::blockers(int task, int day, int cell, int guardian, std::vector<int>& out,
                           std::size_t limit) const {
  out.clear();
  const Task& t = p_.tasks[static_cast<std::size_t>(task)];
  const int g = guardian_of(task, guardian);
  if (t.guardian == kAnyGuardian && g < 0) return false;
  // Over the limit: true with more than `limit` collected, as callers expect.
  if (!guardian_blockers(task, g, day, cell, out, limit)) return out.size() > limit;
  if (!people_blockers(task, day, cell, out, limit)) return out.size() > limit;
  return true;
}

std::int64_t SearchState::student_day_term(int student, int day, int extra_task, const Pos* extra) const {
  const Student& s = p_.model->plan.students[static_cast<std::size_t>(student)];
  if (!has_day_limits(s)) return 0;
  const std::size_t i = static_cast<std::size_t>(student * 7 + day);
  scratch_ = p_.fixed_lessons_by_student_day[i];
  for (const int u : by_student_day_[i]) {
    const int start = pos_[static_cast<std::size_t>(u)].cell * p_.grid;
    scratch_.push_back({start, start + p_.tasks[static_cast<std::size_t>(u)].duration});
  }
  if (extra != nullptr) {
    const int start = extra->cell * p_.grid;
    scratch_.push_back({start, start + p_.tasks[static_cast<std::size_t>(extra_task)].duration});
  }
  return student_day_soft(p_.weights, s, scratch_);
}

std::int64_t SearchState::place_delta(int task, const Pos& at) const {
  const Task& t = p_.tasks[static_cast<std::size_t>(task)];
  const Course& course = p_.model->plan.courses[static_cast<std::size_t>(t.course)];
  std::int64_t delta = lesson_soft(p_.weights, course, p_.grid, at.cell * p_.grid, t.duration);
  if (course.min_days_between > 0) {
    auto days = course_days_[static_cast<std::size_t>(t.course)];
    ++days[static_cast<std::size_t>(at.day)];
    delta += course_soft(p_.weights, course, days) - course_term_[static_cast<std::size_t>(t.course)];
  }
  for (const int s : t.students) {
    if (!has_day_limits(p_.model->plan.students[static_cast<std::size_t>(s)])) continue;
    delta += student_day_term(s, at.day, task, &at) - student_day_term_[static_cast<std::size_t>(s * 7 + at.day)];
  }
  return delta;
}

void SearchState::refresh_course(int course) {
  const std::size_t c = static_cast<std::size_t>(course);
  const std::int64_t now = course_soft(p_.weights, p_.model->plan.courses[c], course_days_[c]);
  soft_ += now - course_term_[c];
  course_term_[c] = now;
}

void SearchState::refresh_student_day(int student, int day) {
  const std::size_t i = static_cast<std::size_t>(student * 7 + day);
  const std::int64_t now = student_day_term(student, day, -1, nullptr);
  soft_ += now - student_day_term_[i];
  student_day_term_[i] = now;
}

void SearchState::place(int task, const Pos& at) {
  const std::size_t ti = static_cast<std::size_t>(task);
  const Task& t = p_.tasks[ti];
  Pos& here = pos_[ti];
  here = at;
  here.guardian = guardian_of(task, at.guardian);
  --unplaced_;
  const int slot = unplaced_at_[ti];
  unplaced_list_[static_cast<std::size_t>(slot)] = unplaced_list_.back();
  unplaced_at_[static_cast<std::size_t>(unplaced_list_.back())] = slot;
  unplaced_list_.pop_back();
  unplaced_at_[ti] = -1;
  for (const int s : t.students) {
    students_.mark(s, at.day, at.cell, t.cells);
    set_owner(student_owner_, s, at.day, at.cell, t.cells, task);
    by_student_day_[static_cast<std::size_t>(s * 7 + at.day)].push_back(task);
  }
  if (here.guardian >= 0) {
    guardians_.mark(here.guardian, at.day, at.cell, t.cells);
    set_owner(guardian_owner_, here.guardian, at.day, at.cell, t.cells, task);
    by_guardian_day_[static_cast<std::size_t>(here.guardian * 7 + at.day)].push_back(task);
  }
  for (const int x : t.resources) {
    resources_.add(x, at.day, at.cell, t.cells, 1);
    by_resource_day_[static_cast<std::size_t>(x * 7 + at.day)].push_back(task);
  }
  ++course_days_[static_cast<std::size_t>(t.course)][static_cast<std::size_t>(at.day)];
  refresh_course(t.course);
  for (const int s : t.students) refresh_student_day(s, at.day);
  lesson_term_[ti] = lesson_soft(p_.weights, p_.model->plan.courses[static_cast<std::size_t>(t.course)], p_.grid,
                                 at.cell * p_.grid, t.duration);
  soft_ += lesson_term_[ti];
}

void SearchState::unplace(int task) {
  const std::size_t ti = static_cast<std::size_t>(task);
  const Task& t = p_.tasks[ti];
  const Pos at = pos_[ti];
  pos_[ti] = Pos{};
  ++unplaced_;
  unplaced_at_[ti] = static_cast<int>(unplaced_list_.size());
  unplaced_list_.push_back(task);
  for (const int s : t.students) {
    students_.clear(s, at.day, at.cell, t.cells);
    set_owner(student_owner_, s, at.day, at.cell, t.cells, -1);
    erase_value(by_student_day_[static_cast<std::size_t>(s * 7 + at.day)], task);
  }
  if (at.guardian >= 0) {
    guardians_.clear(at.guardian, at.day, at.cell, t.cells);
    set_owner(guardian_owner_, at.guardian, at.day, at.cell, t.cells, -1);
    erase_value(by_guardian_day_[static_cast<std::size_t>(at.guardian * 7 + at.day)], task);
  }
  for (const int x : t.resources) {
    resources_.add(x, at.day, at.cell, t.cells, -1);
    erase_value(by_resource_day_[static_cast<std::size_t>(x * 7 + at.day)], task);
  }
  --course_days_[static_cast<std::size_t>(t.course)][static_cast<std::size_t>(at.day)];
  refresh_course(t.course);
  for (const int s : t.students) refresh_student_day(s, at.day);
  soft_ -= lesson_term_[ti];
  lesson_term_[ti] = 0;
}

SoftCounts SearchState::soft_counts() const {
  const Plan& plan = p_.model->plan;
  SoftCounts total = p_.fixed_lesson_counts;
  auto days = p_.fixed_course_days;
  std::vector<std::vector<TimeSpan>> lessons = p_.fixed_lessons_by_student_day;
  for (std::size_t t = 0; t < pos_.size(); ++t) {
    const Pos& at = pos_[t];
    if (!at.placed()) continue;
    const Task& task = p_.tasks[t];
    const int start = at.cell * p_.grid;
    count_lesson(plan.courses[static_cast<std::size_t>(task.course)], p_.grid, start, task.duration, total);
    ++days[static_cast<std::size_t>(task.course)][static_cast<std::size_t>(at.day)];
    for (const int s : task.students) lessons[static_cast<std::size_t>(s * 7 + at.day)].push_back({start, start + task.duration});
  }
  for (std::size_t c = 0; c < plan.courses.size(); ++c) count_course(plan.courses[c], days[c], total);
  for (std::size_t i = 0; i < lessons.size(); ++i) count_student_day(plan.students[i / 7], lessons[i], total);
  return total;
}

}  // namespace brightpath::solver
