#include "json/read_placement.hpp"

#include "json/read_values.hpp"

namespace brightpath::json {

// Like every entity reader: returns the entity whenever its id is readable (so duplicate ids
// are still found) and leaves judging the whole document to the caller's error list.
std::optional<Placement> read_placement(JsonReader& r, const Value& v, const PlanLimits& limits) {
  const auto o = r.object(v);
  if (!o) return std::nullopt;
  ObjectReader f(r, *o, {"id", "course", "day", "start", "duration", "guardian", "resources", "locked"});
  auto id = f.required("id", [&](const auto& x) { return read_id(r, x, limits); });
  auto course = f.required("course", [&](const auto& x) { return read_id(r, x, limits); });
  const auto day = f.required("day", [&](const auto& x) { return read_day(r, x); });
  const auto start = f.required("start", [&](const auto& x) { return read_clock(r, x); });
  const auto duration =
      f.required("duration", [&](const auto& x) { return r.integer(x, 1, kMinutesPerDay); });
  auto guardian = f.optional("guardian", [&](const auto& x) { return read_id(r, x, limits); });
  auto resources = f.optional("resources", [&](const auto& x) { return read_ids(r, x, limits); });
  const auto locked = f.optional("locked", [&](const auto& x) { return r.boolean(x); });
  if (start && duration && *start + *duration > kMinutesPerDay) {
    // A lesson past midnight would belong to two days; the week template has no such thing.
    r.fail_at(r.path_of("duration"), std::to_string(*duration) + " minutes from " + clock_text(*start) +
                                         " ends after 24:00; expected the lesson to end by 24:00");
  }
  if (!id) return std::nullopt;
  Placement p;
  p.id = std::move(*id);
  p.course = std::move(course).value_or("");
  p.day = day.value_or(0);
  p.start = start.value_or(0);
  p.duration = duration.value_or(0);
  p.guardian = std::move(guardian);
  p.resources = std::move(resources).value_or(std::vector<std::string>{});
  p.locked = locked.value_or(false);
  return p;
}

}  // namespace brightpath::json
