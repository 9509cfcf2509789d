// Canonical JSON for a plan: members in the order of docs/plan-format.md, every member whose
// C++ value is not an std::optional written (so defaults appear explicitly and a saved file
// shows everything the plan says), absent optionals omitted. decode(encode(p)) == p.
//
// Written by the one JSON writer, like every other answer: the plan's own texts (ids, names)
// come out pure ASCII with the same escapes as in diagnostics (docs/plan-format.md).
#include "brightpath/plan_json.hpp"
#include "json/json_writer.hpp"

namespace brightpath {
namespace {

using json::JsonWriter;

void clock(JsonWriter& out, std::string_view name, int minutes) {
  out.key(name);
  out.word(clock_text(minutes));
}

void ids(JsonWriter& out, std::string_view name, const std::vector<std::string>& list) {
  out.key(name);
  out.begin_array();
  for (const auto& id : list) out.string(id);
  out.end_array();
}

void days(JsonWriter& out, std::string_view name, DaySet set) {
  out.key(name);
  out.begin_array();
  for (int d = 0; d < kDaysPerWeek; ++d) {
    if (has_day(set, d)) out.word(day_code(d));
  }
  out.end_array();
}

void text(JsonWriter& out, std::string_view name, std::string_view value) {
  out.key(name);
  out.string(value);
}

void number(JsonWriter& out, std::string_view name, int value) {
  out.key(name);
  out.number(value);
}

void hours(JsonWriter& out, std::string_view name, const TimeSpan& span) {
  out.key(name);
  out.begin_object();
  clock(out, "start", span.start);
  clock(out, "end", span.end);
  out.end_object();
}

void guardian(JsonWriter& out, const Guardian& g) {
  text(out, "id", g.id);
  text(out, "name", g.name);
  out.key("availability");
  out.begin_array();
  for (const DaySpan& w : g.availability) {
    out.begin_object();
    out.key("day");
    out.word(day_code(w.day));
    clock(out, "start", w.time.start);
    clock(out, "end", w.time.end);
    out.end_object();
  }
  out.end_array();
}

void student(JsonWriter& out, const Student& s) {
  text(out, "id", s.id);
  text(out, "name", s.name);
  if (s.grade) text(out, "grade", *s.grade);
  if (s.day) hours(out, "day", *s.day);
  if (s.max_daily_minutes) number(out, "maxDailyMinutes", *s.max_daily_minutes);
  if (s.max_minutes_without_break) number(out, "maxMinutesWithoutBreak", *s.max_minutes_without_break);
}

void resource(JsonWriter& out, const Resource& r) {
  text(out, "id", r.id);
  text(out, "name", r.name);
  number(out, "capacity", r.capacity);
}

void course(JsonWriter& out, const Course& c) {
  text(out, "id", c.id);
  text(out, "subject", c.subject);
  ids(out, "students", c.students);
  number(out, "sessionsPerWeek", c.sessions_per_week);
  number(out, "minutesPerSession", c.minutes_per_session);
  if (c.days) days(out, "days", *c.days);
  if (c.preferred) hours(out, "preferred", *c.preferred);
  out.key("teaching");
  out.word(c.teaching == Teaching::independent ? "independent" : "teacher-led");
  if (c.guardian) text(out, "guardian", *c.guardian);
  number(out, "minDaysBetween", c.min_days_between);
  ids(out, "resources", c.resources);
  out.key("category");
  out.word(c.category == Category::elective ? "elective" : "core");
}

void commitment(JsonWriter& out, const Commitment& c) {
  text(out, "id", c.id);
  text(out, "name", c.name);
  out.key("day");
  out.word(day_code(c.when.day));
  clock(out, "start", c.when.time.start);
  clock(out, "end", c.when.time.end);
  ids(out, "guardians", c.guardians);
  ids(out, "students", c.students);
  ids(out, "resources", c.resources);
}

void placement(JsonWriter& out, const Placement& p) {
  text(out, "id", p.id);
  text(out, "course", p.course);
  out.key("day");
  out.word(day_code(p.day));
  clock(out, "start", p.start);
  number(out, "duration", p.duration);
  if (p.guardian) text(out, "guardian", *p.guardian);
  ids(out, "resources", p.resources);
  out.key("locked");
  out.boolean(p.locked);
}

template <class T, class Write>
void list(JsonWriter& out, std::string_view name, const std::vector<T>& items, Write write) {
  out.key(name);
  out.begin_array();
  for (const auto& item : items) {
    out.begin_object();
    write(out, item);
    out.end_object();
  }
  out.end_array();
}

}  // namespace

std::string encode_plan(const Plan& plan) {
  // About what a lesson, the largest and most numerous entry, takes: sized once, grown if short.
  JsonWriter out(1024 + 160 * (plan.placements.size() + plan.courses.size()));
  out.begin_object();
  out.key("format");
  out.word(kPlanFormat);
  number(out, "version", plan.version);
  text(out, "name", plan.name);
  text(out, "timeZone", plan.time_zone);
  out.key("week");
  out.begin_object();
  days(out, "schoolDays", plan.week.school_days);
  clock(out, "start", plan.week.hours.start);
  clock(out, "end", plan.week.hours.end);
  number(out, "grid", plan.week.grid_minutes);
  out.end_object();
  list(out, "guardians", plan.guardians, guardian);
  list(out, "students", plan.students, student);
  list(out, "resources", plan.resources, resource);
  list(out, "courses", plan.courses, course);
  list(out, "commitments", plan.commitments, commitment);
  list(out, "placements", plan.placements, placement);
  out.key("weights");
  out.begin_object();
  for (const Weight& w : plan.weights) {
    out.text_key(w.code);
    out.number(w.weight);
  }
  out.end_object();
  out.end_object();
  return out.take();
}

}  // namespace brightpath
