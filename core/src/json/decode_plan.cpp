// The plan document's decoder: the reference every host trusts (docs/plan-format.md).

#include "brightpath/plan_json.hpp"
#include "json/json_reader.hpp"
#include "json/parse_document.hpp"
#include "json/read_entities.hpp"
#include "json/read_placement.hpp"
#include "json/read_values.hpp"
#include "json/text_rules.hpp"
#include "json/time_zone_lookup.hpp"
#include "rule_codes.hpp"

namespace brightpath {
namespace json {
namespace {

constexpr std::size_t kMaxTimeZoneChars = 64;
constexpr int kMaxWeight = 1000;

// A document of another kind or version is not read any further: its other members would
// only produce noise about a format this decoder does not speak.
bool read_header(JsonReader& r, Object o) {
  bool ok = true;
  if (const Value* format = find_member(o, "format")) {
    auto step = r.at("format");
    const auto s = format->if_string();
    if (!s || *s != kPlanFormat) {
      r.fail(describe(*format) + " is not a BrightPath plan; expected \"" + std::string(kPlanFormat) + "\"");
      ok = false;
    }
  } else {
    r.fail("missing required field \"format\"; expected \"" + std::string(kPlanFormat) + "\"");
    ok = false;
  }
  if (const Value* version = find_member(o, "version")) {
    auto step = r.at("version");
    const auto number = number_value(*version);
    if (!number || *number != kPlanVersion) {
      r.fail(describe(*version) + " is not a supported version; expected " + std::to_string(kPlanVersion) +
             ", the only version this decoder reads");
      ok = false;
    }
  } else {
    r.fail("missing required field \"version\"; expected " + std::to_string(kPlanVersion));
    ok = false;
  }
  return ok;
}

// The name must be one the IANA time zone database lists (json/time_zone_names.hpp): a typo
// such as "America/Chicgo" would otherwise reach a host that cannot place the household's
// times anywhere.
std::optional<std::string> read_time_zone(JsonReader& r, const Value& v) {
  const auto s = r.string(v);
  if (!s) return std::nullopt;
  const std::string_view text = *s;
  const std::string expected = "expected an IANA time zone name such as \"America/Chicago\", or \"UTC\"";
  if (text.size() > kMaxTimeZoneChars) {
    r.fail("a time zone name of " + std::to_string(text.size()) + " characters is too long; " + expected +
           " of at most " + std::to_string(kMaxTimeZoneChars) + " characters");
    return std::nullopt;
  }
  if (is_time_zone_name(text)) return std::string(text);
  if (const auto bad = scan_text(text).disallowed) {
    r.fail(not_allowed_message(*bad, "a time zone name"));
    return std::nullopt;
  }
  if (const auto guess = closest_time_zone_name(text)) {
    r.fail(quote(text) + " is not in the IANA time zone database; did you mean " + quote(*guess) + "?");
  } else {
    r.fail(quote(text) + " is not in the IANA time zone database; " + expected);
  }
  return std::nullopt;
}

std::optional<int> read_grid(JsonReader& r, const Value& v) {
  const auto number = number_value(v);
  if (!number) {
    r.fail("expected an integer, got " + std::string(kind_name(v)));
    return std::nullopt;
  }
  for (int grid : {5, 10, 15, 20, 30, 60}) {
    if (*number == grid) return grid;
  }
  r.fail(describe(v) + " is not a grid size; expected one of 5, 10, 15, 20, 30, 60");
  return std::nullopt;
}

std::optional<SchoolWeek> read_week(JsonReader& r, const Value& v) {
  const auto o = r.object(v);
  if (!o) return std::nullopt;
  ObjectReader f(r, *o, {"schoolDays", "start", "end", "grid"});
  const auto days = f.required("schoolDays", [&](const auto& x) { return read_days(r, x); });
  const auto start = f.required("start", [&](const auto& x) { return read_clock(r, x); });
  const auto end = f.required("end", [&](const auto& x) { return read_clock(r, x); });
  const auto grid = f.required("grid", [&](const auto& x) { return read_grid(r, x); });
  if (!check_end_after_start(r, start, end) || !days || !start || !end || !grid) return std::nullopt;
  return SchoolWeek{*days, {*start, *end}, *grid};
}

// Weights tune the solver's soft score, so only warning codes (soft rules) can be weighted.
std::vector<Weight> read_weights(JsonReader& r, const Value& v) {
  std::vector<Weight> weights;
  const auto o = r.object(v);
  if (!o) return weights;
  std::string codes;
  for (const auto& rule : detail::kRuleCodes) {
    if (rule.severity != Severity::warning) continue;
    if (!codes.empty()) codes += ", ";
    codes += rule.code;
  }
  for (const Member& member : *o) {
    const std::string_view code = member.key;
    auto step = r.at(code);
    bool known = false;
    for (const auto& rule : detail::kRuleCodes) {
      known = known || (rule.severity == Severity::warning && rule.code == code);
    }
    if (!known) {
      r.fail(quote(code) + " is not a warning code; expected one of " + codes);
      continue;
    }
    if (auto weight = r.integer(member.value, 0, kMaxWeight)) {
      weights.push_back({std::string(code), *weight});
    }
  }
  return weights;
}

Plan read_plan(JsonReader& r, const Value& document, const PlanLimits& limits) {
  Plan plan;
  const auto o = r.object(document);
  if (!o || !read_header(r, *o)) return plan;
  ObjectReader f(r, *o,
                 {"format", "version", "name", "timeZone", "week", "guardians", "students", "resources",
                  "courses", "commitments", "placements", "weights"});
  plan.name = f.optional("name", [&](const auto& x) { return read_text(r, x, 0, limits.max_name_length, "a name"); })
                  .value_or("");
  plan.time_zone = f.required("timeZone", [&](const auto& x) { return read_time_zone(r, x); }).value_or("");
  if (auto week = f.required("week", [&](const auto& x) { return read_week(r, x); })) plan.week = *week;
  const auto list = [&](std::string_view key, auto& out, std::size_t max_items, auto read_item) {
    using T = typename std::decay_t<decltype(out)>::value_type;
    if (const auto* v = f.find(key)) {
      auto step = r.at(key);
      out = read_entity_list<T>(r, *v, max_items, key,
                                [&](const Value& x) { return read_item(r, x, limits); });
    }
  };
  list("guardians", plan.guardians, limits.max_guardians, read_guardian);
  list("students", plan.students, limits.max_students, read_student);
  list("resources", plan.resources, limits.max_resources, read_resource);
  list("courses", plan.courses, limits.max_courses, read_course);
  list("commitments", plan.commitments, limits.max_commitments, read_commitment);
  list("placements", plan.placements, limits.max_placements, read_placement);
  if (const auto* v = f.find("weights")) {
    auto step = r.at("weights");
    plan.weights = read_weights(r, *v);
  }
  return plan;
}

}  // namespace
}  // namespace json

Decoded<Plan> decode_plan(std::string_view text, const PlanLimits& limits) {
  Decoded<Plan> out;
  json::JsonReader reader;
  json::DocumentArena arena;
  if (auto document = json::parse_document(reader, text, limits, arena)) {
    Plan plan = json::read_plan(reader, *document, limits);
    if (!reader.failed()) out.value = std::move(plan);
  }
  out.errors = reader.take_errors();
  return out;
}

}  // namespace brightpath
