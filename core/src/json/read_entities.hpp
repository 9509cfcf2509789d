// Readers for the plan's lists of guardians, students, resources, courses and commitments,
// and the one list routine that enforces each list's limit and id uniqueness.
//
// An entity reader returns the entity whenever its id is readable, even if other members are
// wrong (those are reported), so duplicate ids are still found; whether the document as a
// whole decodes is decided by the caller from the collected errors.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "brightpath/plan.hpp"
#include "brightpath/plan_json.hpp"
#include "json/json_reader.hpp"
#include "json/read_values.hpp"

namespace brightpath::json {

std::optional<Guardian> read_guardian(JsonReader& r, const Value& v, const PlanLimits& limits);
std::optional<Student> read_student(JsonReader& r, const Value& v, const PlanLimits& limits);
std::optional<Resource> read_resource(JsonReader& r, const Value& v, const PlanLimits& limits);
std::optional<Course> read_course(JsonReader& r, const Value& v, const PlanLimits& limits);
std::optional<Commitment> read_commitment(JsonReader& r, const Value& v, const PlanLimits& limits);

// An array of at most `max_items` entities with distinct ids; `what` names them for the
// limit message ("guardians").
template <class T, class ReadItem>
std::vector<T> read_entity_list(JsonReader& r, const Value& v, std::size_t max_items,
                                std::string_view what, ReadItem&& read_item) {
  std::vector<T> out;
  const auto list = r.array(v, max_items, what);
  if (!list) return out;
  out.reserve(list->size());
  FirstSeen seen(list->size());
  for (std::size_t i = 0; i < list->size() && !r.full(); ++i) {
    auto step = r.at(i);
    std::optional<T> item = read_item((*list)[i]);
    if (!item) continue;
    out.push_back(std::move(*item));
    // `out` never reallocates (reserved above), so the view of the id stays valid.
    if (const auto earlier = seen.add(out.back().id, i)) {
      r.fail_at(r.path_of("id"), quote(out.back().id) + " is already used by " + r.sibling_path(*earlier));
    }
  }
  return out;
}

}  // namespace brightpath::json
