// Independent study: each child's own practice (math facts, reading, journal) in the free
// time between classes, on separate days, no adult needed.
#include <algorithm>

#include "generate/coop_builder.hpp"

namespace brightpath::generate {

void CoopBuilder::add_study(int s) {
  Child& child = children_[static_cast<std::size_t>(s)];
  const auto areas = study_areas();
  std::vector<int> picks(areas.size());
  for (std::size_t i = 0; i < picks.size(); ++i) picks[i] = static_cast<int>(i);
  rng_.shuffle(picks);
  picks.resize(static_cast<std::size_t>(rng_.between(2, 4)));
  std::sort(picks.begin(), picks.end());

  for (const int a : picks) {
    const SubjectArea& area = areas[static_cast<std::size_t>(a)];
    const int wanted = rng_.between(3, 5);
    const int length = child.band >= 2 && rng_.chance(30) ? 2 : 1;
    const int room = area.room == RoomKind::none ? -1 : pick_room(area.room);

    std::vector<int> days = school_day_list();
    rng_.shuffle(days);
    std::vector<SlotSpan> sessions;
    for (const int day : days) {
      if (static_cast<int>(sessions.size()) == wanted) break;
      const auto free = [&](const SlotSpan& slot) {
        return child.slots.fits(slot) && (room < 0 || rooms_[static_cast<std::size_t>(room)].slots.fits(slot));
      };
      const std::vector<int> firsts = starts(day, length, area.morning, free);
      if (firsts.empty()) continue;
      const SlotSpan slot{day, rng_.pick(firsts), length};
      child.slots.book(slot);
      if (room >= 0) rooms_[static_cast<std::size_t>(room)].slots.book(slot);
      sessions.push_back(slot);
    }
    // The course asks for what was planted, so the week is complete as generated.
    if (sessions.empty()) continue;

    Course course;
    course.subject = area.subjects[static_cast<std::size_t>(rng_.below(static_cast<int>(area.subjects.size())))];
    course.students.push_back(plan_.students[static_cast<std::size_t>(s)].id);
    course.sessions_per_week = static_cast<int>(sessions.size());
    course.minutes_per_session = minutes_of(length);
    if (area.morning) course.preferred = kMorning;
    course.teaching = Teaching::independent;
    course.min_days_between = sessions.size() > 1 ? 1 : 0;
    if (room >= 0) course.resources.push_back(plan_.resources[static_cast<std::size_t>(room)].id);
    course.category = area.category;
    add_course(std::move(course), sessions, {});
  }
}

}  // namespace brightpath::generate
