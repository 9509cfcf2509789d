#include "edit_checks.hpp"

#include <algorithm>
#include <cstddef>

#include "brightpath/plan.hpp"
#include "limit_text.hpp"
#include "plan_ids.hpp"

namespace brightpath::detail {
namespace {

std::string no_lesson(const std::string& id) { return "no lesson has the id \"" + id + "\""; }

std::string check_time(int day, int start, int duration) {
  if (day < 0 || day >= kDaysPerWeek) return "day must be 0 (Monday) to 6 (Sunday)";
  if (start < 0 || start >= kMinutesPerDay) return "start must be between 00:00 and 23:59";
  if (duration < 1 || duration > kMinutesPerDay) return "duration must be 1 to 1440 minutes";
  if (start + duration > kMinutesPerDay) {
    return "the lesson would end at " + clock_text(start + duration) +
           ", after midnight; lessons end by 24:00";
  }
  return {};
}

}  // namespace

std::string check_move(const Model& m, int lesson, const MoveLesson& e) {
  if (lesson < 0) return no_lesson(e.lesson);
  return check_time(e.day, e.start, m.plan.placements[lesson].duration);
}

std::string check_resize(const Model& m, int lesson, const ResizeLesson& e) {
  if (lesson < 0) return no_lesson(e.lesson);
  const Placement& p = m.plan.placements[lesson];
  return check_time(p.day, p.start, e.duration);
}

std::string check_set_guardian(const Model& m, int lesson, const SetLessonGuardian& e) {
  if (lesson < 0) return no_lesson(e.lesson);
  if (e.guardian && !m.guardian_ids.contains(*e.guardian)) {
    return "no guardian has the id \"" + *e.guardian + "\"";
  }
  return {};
}

std::string check_add(const Model& m, const AddLesson& e) {
  const Placement& p = e.lesson;
  const PlanLimits limits;
  // The decoder's limits, in its words: a session never holds a plan the core would refuse to open.
  if (m.lesson_ids.size() >= limits.max_placements) {
    return over_limit_text(m.lesson_ids.size() + 1, "placements", limits.max_placements);
  }
  if (p.resources.size() > limits.max_refs) return over_limit_text(p.resources.size(), "ids", limits.max_refs);
  for (std::size_t i = 1; i < p.resources.size(); ++i) {
    if (std::find(p.resources.begin(), p.resources.begin() + static_cast<std::ptrdiff_t>(i), p.resources[i]) !=
        p.resources.begin() + static_cast<std::ptrdiff_t>(i)) {
      return "\"" + p.resources[i] + "\" is already listed in the lesson's resources";
    }
  }
  if (!is_valid_id(p.id, limits.max_id_length)) return "lesson id \"" + p.id + "\" must be 1-64 of A-Z a-z 0-9 _ -";
  if (m.lesson_ids.count(p.id) != 0) return "a lesson with the id \"" + p.id + "\" already exists";
  if (!m.course_ids.contains(p.course)) return "no course has the id \"" + p.course + "\"";
  if (p.guardian && !m.guardian_ids.contains(*p.guardian)) {
    return "no guardian has the id \"" + *p.guardian + "\"";
  }
  for (const auto& r : p.resources) {
    if (!m.resource_ids.contains(r)) return "no resource has the id \"" + r + "\"";
  }
  return check_time(p.day, p.start, p.duration);
}

std::string check_set_availability(const Model& /*m*/, int guardian, const SetAvailability& e) {
  if (guardian < 0) return "no guardian has the id \"" + e.guardian + "\"";
  if (const std::size_t most = PlanLimits{}.max_windows; e.availability.size() > most) {
    return "at most " + std::to_string(most) + " availability windows per guardian";
  }
  for (const DaySpan& w : e.availability) {
    if (w.day < 0 || w.day >= kDaysPerWeek) return "window day must be 0 (Monday) to 6 (Sunday)";
    if (w.time.start < 0 || w.time.end > kMinutesPerDay || w.time.end <= w.time.start) {
      return "window " + clock_text(w.time.start) + "-" + clock_text(w.time.end) +
             " must end after it starts, within 00:00-24:00";
    }
  }
  return {};
}

}  // namespace brightpath::detail
