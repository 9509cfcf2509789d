// Canonical JSON for a plan: members in the order of docs/plan-format.md, every member whose
// C++ value is not an std::optional written (so defaults appear explicitly and a saved file
// shows everything the plan says), absent optionals omitted. decode(encode(p)) == p.
#include <boost/json.hpp>

#include "brightpath/plan_json.hpp"

namespace brightpath {
namespace {

boost::json::string_view sv(std::string_view s) { return {s.data(), s.size()}; }

boost::json::string clock(int minutes) { return boost::json::string(sv(clock_text(minutes))); }

boost::json::array ids(const std::vector<std::string>& list) {
  boost::json::array out;
  out.reserve(list.size());
  for (const auto& id : list) out.emplace_back(sv(id));
  return out;
}

boost::json::array days(DaySet set) {
  boost::json::array out;
  for (int d = 0; d < kDaysPerWeek; ++d) {
    if (has_day(set, d)) out.emplace_back(sv(day_code(d)));
  }
  return out;
}

boost::json::object hours(const TimeSpan& span) {
  return {{"start", clock(span.start)}, {"end", clock(span.end)}};
}

boost::json::object window(const DaySpan& span) {
  return {{"day", sv(day_code(span.day))}, {"start", clock(span.time.start)}, {"end", clock(span.time.end)}};
}

boost::json::object guardian(const Guardian& g) {
  boost::json::array availability;
  for (const auto& w : g.availability) availability.emplace_back(window(w));
  return {{"id", sv(g.id)}, {"name", sv(g.name)}, {"availability", std::move(availability)}};
}

boost::json::object student(const Student& s) {
  boost::json::object out{{"id", sv(s.id)}, {"name", sv(s.name)}};
  if (s.grade) out["grade"] = sv(*s.grade);
  if (s.day) out["day"] = hours(*s.day);
  if (s.max_daily_minutes) out["maxDailyMinutes"] = *s.max_daily_minutes;
  if (s.max_minutes_without_break) out["maxMinutesWithoutBreak"] = *s.max_minutes_without_break;
  return out;
}

boost::json::object resource(const Resource& r) {
  return {{"id", sv(r.id)}, {"name", sv(r.name)}, {"capacity", r.capacity}};
}

boost::json::object course(const Course& c) {
  boost::json::object out{{"id", sv(c.id)},
                          {"subject", sv(c.subject)},
                          {"students", ids(c.students)},
                          {"sessionsPerWeek", c.sessions_per_week},
                          {"minutesPerSession", c.minutes_per_session}};
  if (c.days) out["days"] = days(*c.days);
  if (c.preferred) out["preferred"] = hours(*c.preferred);
  out["teaching"] = c.teaching == Teaching::independent ? "independent" : "teacher-led";
  if (c.guardian) out["guardian"] = sv(*c.guardian);
  out["minDaysBetween"] = c.min_days_between;
  out["resources"] = ids(c.resources);
  out["category"] = c.category == Category::elective ? "elective" : "core";
  return out;
}

boost::json::object commitment(const Commitment& c) {
  return {{"id", sv(c.id)},
          {"name", sv(c.name)},
          {"day", sv(day_code(c.when.day))},
          {"start", clock(c.when.time.start)},
          {"end", clock(c.when.time.end)},
          {"guardians", ids(c.guardians)},
          {"students", ids(c.students)},
          {"resources", ids(c.resources)}};
}

boost::json::object placement(const Placement& p) {
  boost::json::object out{{"id", sv(p.id)},
                          {"course", sv(p.course)},
                          {"day", sv(day_code(p.day))},
                          {"start", clock(p.start)},
                          {"duration", p.duration}};
  if (p.guardian) out["guardian"] = sv(*p.guardian);
  out["resources"] = ids(p.resources);
  out["locked"] = p.locked;
  return out;
}

template <class T, class Encode>
boost::json::array list(const std::vector<T>& items, Encode encode) {
  boost::json::array out;
  out.reserve(items.size());
  for (const auto& item : items) out.emplace_back(encode(item));
  return out;
}

}  // namespace

std::string encode_plan(const Plan& plan) {
  boost::json::object week{{"schoolDays", days(plan.week.school_days)},
                           {"start", clock(plan.week.hours.start)},
                           {"end", clock(plan.week.hours.end)},
                           {"grid", plan.week.grid_minutes}};
  boost::json::object weights;
  for (const auto& w : plan.weights) weights[sv(w.code)] = w.weight;
  const boost::json::object document{
      {"format", sv(kPlanFormat)},
      {"version", plan.version},
      {"name", sv(plan.name)},
      {"timeZone", sv(plan.time_zone)},
      {"week", std::move(week)},
      {"guardians", list(plan.guardians, guardian)},
      {"students", list(plan.students, student)},
      {"resources", list(plan.resources, resource)},
      {"courses", list(plan.courses, course)},
      {"commitments", list(plan.commitments, commitment)},
      {"placements", list(plan.placements, placement)},
      {"weights", std::move(weights)},
  };
  return boost::json::serialize(document);
}

}  // namespace brightpath
