#include "json/read_entities.hpp"

namespace brightpath::json {

std::optional<Guardian> read_guardian(JsonReader& r, const Value& v, const PlanLimits& limits) {
  const auto o = r.object(v);
  if (!o) return std::nullopt;
  ObjectReader f(r, *o, {"id", "name", "availability"});
  auto id = f.required("id", [&](const auto& x) { return read_id(r, x, limits); });
  auto name = f.required("name", [&](const auto& x) { return read_name(r, x, limits); });
  auto windows = f.required("availability", [&](const auto& x) { return read_windows(r, x, limits); });
  if (!id) return std::nullopt;
  return Guardian{std::move(*id), std::move(name).value_or(""),
                  std::move(windows).value_or(std::vector<DaySpan>{})};
}

std::optional<Student> read_student(JsonReader& r, const Value& v, const PlanLimits& limits) {
  constexpr std::size_t kMaxGradeChars = 16;
  const auto o = r.object(v);
  if (!o) return std::nullopt;
  ObjectReader f(r, *o, {"id", "name", "grade", "day", "maxDailyMinutes", "maxMinutesWithoutBreak"});
  auto id = f.required("id", [&](const auto& x) { return read_id(r, x, limits); });
  auto name = f.required("name", [&](const auto& x) { return read_name(r, x, limits); });
  Student s;
  s.grade = f.optional("grade", [&](const auto& x) { return read_text(r, x, 0, kMaxGradeChars, "a grade"); });
  s.day = f.optional("day", [&](const auto& x) { return read_hours(r, x); });
  s.max_daily_minutes =
      f.optional("maxDailyMinutes", [&](const auto& x) { return r.integer(x, 1, kMinutesPerDay); });
  s.max_minutes_without_break =
      f.optional("maxMinutesWithoutBreak", [&](const auto& x) { return r.integer(x, 1, kMinutesPerDay); });
  if (!id) return std::nullopt;
  s.id = std::move(*id);
  s.name = std::move(name).value_or("");
  return s;
}

std::optional<Resource> read_resource(JsonReader& r, const Value& v, const PlanLimits& limits) {
  constexpr int kMaxCapacity = 1000;
  const auto o = r.object(v);
  if (!o) return std::nullopt;
  ObjectReader f(r, *o, {"id", "name", "capacity"});
  auto id = f.required("id", [&](const auto& x) { return read_id(r, x, limits); });
  auto name = f.required("name", [&](const auto& x) { return read_name(r, x, limits); });
  const auto capacity = f.optional("capacity", [&](const auto& x) { return r.integer(x, 1, kMaxCapacity); });
  if (!id) return std::nullopt;
  return Resource{std::move(*id), std::move(name).value_or(""), capacity.value_or(1)};
}

std::optional<Commitment> read_commitment(JsonReader& r, const Value& v, const PlanLimits& limits) {
  const auto o = r.object(v);
  if (!o) return std::nullopt;
  ObjectReader f(r, *o, {"id", "name", "day", "start", "end", "guardians", "students", "resources"});
  auto id = f.required("id", [&](const auto& x) { return read_id(r, x, limits); });
  auto name = f.required("name", [&](const auto& x) { return read_name(r, x, limits); });
  const auto day = f.required("day", [&](const auto& x) { return read_day(r, x); });
  const auto start = f.required("start", [&](const auto& x) { return read_clock(r, x); });
  const auto end = f.required("end", [&](const auto& x) { return read_clock(r, x); });
  check_end_after_start(r, start, end);
  const auto ids = [&](const auto& x) { return read_ids(r, x, limits); };
  auto guardians = f.optional("guardians", ids);
  auto students = f.optional("students", ids);
  auto resources = f.optional("resources", ids);
  const bool lists_readable = (guardians || !f.find("guardians")) && (students || !f.find("students")) &&
                              (resources || !f.find("resources"));
  const auto size = [](const auto& list) { return list ? list->size() : 0; };
  if (lists_readable && size(guardians) + size(students) + size(resources) == 0) {
    // A commitment that occupies nobody cannot clash with anything: almost surely a mistake.
    r.fail("occupies no guardian, student or resource; expected at least one id in guardians, "
           "students or resources");
  }
  if (!id) return std::nullopt;
  Commitment c;
  c.id = std::move(*id);
  c.name = std::move(name).value_or("");
  c.when = {day.value_or(0), {start.value_or(0), end.value_or(0)}};
  c.guardians = std::move(guardians).value_or(std::vector<std::string>{});
  c.students = std::move(students).value_or(std::vector<std::string>{});
  c.resources = std::move(resources).value_or(std::vector<std::string>{});
  return c;
}

}  // namespace brightpath::json
