// Teacher-led classes: each teacher's week is filled to `tightness` of their available
// time with classes of 1–12 children, laid out so nobody and no room is double-booked.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "generate/coop_builder.hpp"

namespace brightpath::generate {
namespace {

// Consecutive failed attempts after which a teacher's week counts as full enough: the
// children of their band are busy whenever the teacher is free.
constexpr int kMaxFailures = 12;

}  // namespace

void CoopBuilder::add_classes() {
  for (Teacher& t : teachers_) {
    t.target_slots = static_cast<int>(std::ceil(options_.tightness * t.slots.available_slots));
  }
  // Round robin, one class per teacher per turn, so the first teachers do not take every
  // child's free mornings before the others get a turn.
  for (bool any = true; any;) {
    any = false;
    for (int t = 0; t < static_cast<int>(teachers_.size()); ++t) {
      Teacher& teacher = teachers_[static_cast<std::size_t>(t)];
      if (teacher.slots.filled_slots >= teacher.target_slots || teacher.failures >= kMaxFailures) continue;
      any = true;
      teacher.failures = try_add_class(t) ? 0 : teacher.failures + 1;
    }
  }
}

bool CoopBuilder::try_add_class(int t) {
  Teacher& teacher = teachers_[static_cast<std::size_t>(t)];
  const auto areas = class_areas();
  const int remaining = teacher.target_slots - teacher.slots.filled_slots;

  const SubjectArea& area = areas[static_cast<std::size_t>(
      rng_.chance(60) ? teacher.area : rng_.below(static_cast<int>(areas.size())))];
  const int band = rng_.chance(70) ? teacher.band : rng_.below(kBands);
  // Young children's classes are short.
  const int longest = band == 0 ? 2 : 3;
  const int length = std::min({rng_.pick(std::vector<int>{1, 2, 2, 2, 3}), longest, remaining});

  std::vector<int> days;
  for (int d = 0; d < kDaysPerWeek; ++d) {
    if (teacher.slots.available[static_cast<std::size_t>(d)] != 0) days.push_back(d);
  }
  const int wanted = std::min({rng_.pick(std::vector<int>{1, 2, 2, 3, 3}),
                               static_cast<int>(days.size()), remaining / length});
  int min_days = wanted >= 2 && rng_.chance(40) ? 2 : 1;
  const int room = area.room == RoomKind::none ? -1 : pick_room(area.room);

  // Session times: distinct days, `min_days` apart, where the teacher (and room) is free.
  rng_.shuffle(days);
  std::vector<SlotSpan> sessions;
  for (const int day : days) {
    if (static_cast<int>(sessions.size()) == wanted) break;
    const bool spaced = std::all_of(sessions.begin(), sessions.end(),
                                    [&](const SlotSpan& s) { return std::abs(s.day - day) >= min_days; });
    if (!spaced) continue;
    const auto free = [&](const SlotSpan& s) {
      return teacher.slots.fits(s) && (room < 0 || rooms_[static_cast<std::size_t>(room)].slots.fits(s));
    };
    const std::vector<int> firsts = starts(day, length, area.morning, free);
    if (!firsts.empty()) sessions.push_back({day, rng_.pick(firsts), length});
  }
  if (sessions.empty()) return false;
  if (sessions.size() == 1) min_days = 0;

  // The class: children of the band free at every session, least busy first.
  std::vector<std::tuple<int, std::uint64_t, int>> eligible;  // load, tie-break, child
  for (int c = 0; c < static_cast<int>(children_.size()); ++c) {
    const Child& child = children_[static_cast<std::size_t>(c)];
    if (child.band != band) continue;
    if (!std::all_of(sessions.begin(), sessions.end(), [&](const SlotSpan& s) { return child.slots.fits(s); })) continue;
    eligible.emplace_back(child.slots.load_slots, rng_.next(), c);
  }
  if (eligible.empty()) return false;
  const int size = rng_.chance(15) ? rng_.between(1, 3) : rng_.between(4, 12);
  const auto take = static_cast<std::ptrdiff_t>(std::min<std::size_t>(static_cast<std::size_t>(size), eligible.size()));
  std::partial_sort(eligible.begin(), eligible.begin() + take, eligible.end());
  eligible.resize(static_cast<std::size_t>(take));
  std::sort(eligible.begin(), eligible.end(),
            [](const auto& a, const auto& b) { return std::get<2>(a) < std::get<2>(b); });

  Course course;
  course.subject = area.subjects[static_cast<std::size_t>(rng_.below(static_cast<int>(area.subjects.size())))];
  for (const auto& e : eligible) {
    const int c = std::get<2>(e);
    course.students.push_back(plan_.students[static_cast<std::size_t>(c)].id);
    for (const SlotSpan& s : sessions) children_[static_cast<std::size_t>(c)].slots.book(s);
  }
  for (const SlotSpan& s : sessions) {
    teacher.slots.book(s);
    if (room >= 0) rooms_[static_cast<std::size_t>(room)].slots.book(s);
  }
  course.sessions_per_week = static_cast<int>(sessions.size());
  course.minutes_per_session = minutes_of(length);
  if (area.morning) course.preferred = kMorning;
  course.teaching = Teaching::teacher_led;
  course.min_days_between = min_days;
  if (room >= 0) course.resources.push_back(plan_.resources[static_cast<std::size_t>(room)].id);
  course.category = area.category;

  // Most classes name their teacher and run only on the teacher's days; a few are "any
  // adult" courses whose lessons name who teaches them (both forms appear in real plans).
  const std::string& teacher_id = plan_.guardians[static_cast<std::size_t>(t)].id;
  std::string placement_guardian;
  if (rng_.chance(90)) {
    course.guardian = teacher_id;
    DaySet teaching_days = 0;
    for (int d = 0; d < kDaysPerWeek; ++d) {
      if (teacher.slots.available[static_cast<std::size_t>(d)] != 0) teaching_days |= static_cast<DaySet>(1U << d);
    }
    if (teaching_days != kSchoolDays) course.days = teaching_days;
  } else {
    placement_guardian = teacher_id;
  }
  add_course(std::move(course), sessions, placement_guardian);
  return true;
}

}  // namespace brightpath::generate
