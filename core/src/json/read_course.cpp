#include "json/read_entities.hpp"

namespace brightpath::json {
namespace {

std::optional<Teaching> read_teaching(JsonReader& r, const Value& v) {
  const auto s = r.string(v);
  if (!s) return std::nullopt;
  if (*s == "teacher-led") return Teaching::teacher_led;
  if (*s == "independent") return Teaching::independent;
  r.fail(describe(v) + " is not one of \"teacher-led\", \"independent\"");
  return std::nullopt;
}

std::optional<Category> read_category(JsonReader& r, const Value& v) {
  const auto s = r.string(v);
  if (!s) return std::nullopt;
  if (*s == "core") return Category::core;
  if (*s == "elective") return Category::elective;
  r.fail(describe(v) + " is not one of \"core\", \"elective\"");
  return std::nullopt;
}

}  // namespace

std::optional<Course> read_course(JsonReader& r, const Value& v, const PlanLimits& limits) {
  constexpr int kMaxSessions = 50;
  constexpr int kMaxDaysBetween = 6;
  const auto o = r.object(v);
  if (!o) return std::nullopt;
  ObjectReader f(r, *o,
                 {"id", "subject", "students", "sessionsPerWeek", "minutesPerSession", "days", "preferred",
                  "teaching", "guardian", "minDaysBetween", "resources", "category"});
  auto id = f.required("id", [&](const auto& x) { return read_id(r, x, limits); });
  auto subject = f.required("subject", [&](const auto& x) { return read_name(r, x, limits); });
  auto students = f.required("students", [&](const auto& x) {
    auto ids = read_ids(r, x, limits);
    if (ids && ids->empty()) r.fail("[] is empty; expected at least one student id");
    return ids;
  });
  const auto sessions =
      f.required("sessionsPerWeek", [&](const auto& x) { return r.integer(x, 0, kMaxSessions); });
  const auto minutes =
      f.required("minutesPerSession", [&](const auto& x) { return r.integer(x, 1, kMinutesPerDay); });
  Course c;
  c.days = f.optional("days", [&](const auto& x) { return read_days(r, x); });
  c.preferred = f.optional("preferred", [&](const auto& x) { return read_hours(r, x); });
  c.teaching = f.optional("teaching", [&](const auto& x) { return read_teaching(r, x); })
                   .value_or(Teaching::teacher_led);
  c.guardian = f.optional("guardian", [&](const auto& x) {
    auto guardian = read_id(r, x, limits);
    // Independent work has no teacher; a named one would be silently ignored.
    if (c.teaching == Teaching::independent) {
      r.fail("an \"independent\" course has no guardian; expected no guardian, or teaching "
             "\"teacher-led\"");
    }
    return guardian;
  });
  c.min_days_between =
      f.optional("minDaysBetween", [&](const auto& x) { return r.integer(x, 0, kMaxDaysBetween); }).value_or(0);
  c.resources = f.optional("resources", [&](const auto& x) { return read_ids(r, x, limits); })
                    .value_or(std::vector<std::string>{});
  c.category = f.optional("category", [&](const auto& x) { return read_category(r, x); })
                   .value_or(Category::core);
  if (!id) return std::nullopt;
  c.id = std::move(*id);
  c.subject = std::move(subject).value_or("");
  c.students = std::move(students).value_or(std::vector<std::string>{});
  c.sessions_per_week = sessions.value_or(0);
  c.minutes_per_session = minutes.value_or(0);
  return c;
}

}  // namespace brightpath::json
