// The plan document: one household's school week, as plain values.
//
// This is the in-memory form of the versioned JSON document (see plan_json.hpp and
// schema/plan.schema.json). Entities refer to each other by string id, exactly as in the
// JSON; references are resolved (and dangling ones reported) by validation, not here, so a
// half-edited plan can always be loaded, shown and fixed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "brightpath/time.hpp"

namespace brightpath {

inline constexpr std::string_view kPlanFormat = "brightpath-plan";
inline constexpr int kPlanVersion = 1;

struct SchoolWeek {
  DaySet school_days = 0x1F;  // Monday..Friday
  TimeSpan hours{8 * 60, 15 * 60};
  int grid_minutes = 15;  // lessons snap to multiples of this, counted from midnight
  bool operator==(const SchoolWeek&) const = default;
};

struct Guardian {
  std::string id;
  std::string name;
  std::vector<DaySpan> availability;  // when this adult can teach; empty = never
  bool operator==(const Guardian&) const = default;
};

struct Student {
  std::string id;
  std::string name;  // first name or nickname only
  std::optional<std::string> grade;
  std::optional<TimeSpan> day;  // absent = the school week's hours
  std::optional<int> max_daily_minutes;
  std::optional<int> max_minutes_without_break;
  bool operator==(const Student&) const = default;
};

struct Resource {
  std::string id;
  std::string name;
  int capacity = 1;
  bool operator==(const Resource&) const = default;
};

enum class Category { core, elective };
enum class Teaching { teacher_led, independent };

struct Course {
  std::string id;
  std::string subject;
  std::vector<std::string> students;  // one student, or several for a shared family lesson
  int sessions_per_week = 1;
  int minutes_per_session = 30;
  std::optional<DaySet> days;  // allowed days; absent = any school day
  std::optional<TimeSpan> preferred;
  Teaching teaching = Teaching::teacher_led;
  std::optional<std::string> guardian;  // teacher-led only; absent = any guardian
  int min_days_between = 0;
  std::vector<std::string> resources;
  Category category = Category::core;
  bool operator==(const Course&) const = default;
};

struct Commitment {
  std::string id;
  std::string name;
  DaySpan when;
  std::vector<std::string> guardians;
  std::vector<std::string> students;
  std::vector<std::string> resources;
  bool operator==(const Commitment&) const = default;
};

// One lesson of the week template.
struct Placement {
  std::string id;
  std::string course;
  int day = 0;
  int start = 0;
  int duration = 0;
  // Who teaches it. Absent on a teacher-led course with a named guardian means that guardian.
  std::optional<std::string> guardian;
  // Resources used beyond the course's own (the course's are always implied).
  std::vector<std::string> resources;
  bool locked = false;
  [[nodiscard]] DaySpan when() const { return {day, {start, start + duration}}; }
  bool operator==(const Placement&) const = default;
};

// Per-plan weight of a warning code in the solver's soft score.
struct Weight {
  std::string code;
  int weight = 1;
  bool operator==(const Weight&) const = default;
};

struct Plan {
  int version = kPlanVersion;
  std::string name;
  std::string time_zone;  // IANA name, e.g. "America/Chicago"
  SchoolWeek week;
  std::vector<Guardian> guardians;
  std::vector<Student> students;
  std::vector<Resource> resources;
  std::vector<Course> courses;
  std::vector<Commitment> commitments;
  std::vector<Placement> placements;
  std::vector<Weight> weights;
  bool operator==(const Plan&) const = default;
};

// The largest plan BrightPath holds: the decoder rejects a document beyond these with the path
// and the limit, and a session refuses an edit that would pass them.
struct PlanLimits {
  std::size_t max_document_bytes = 16U * 1024U * 1024U;
  int max_depth = 12;
  std::size_t max_id_length = 64;
  std::size_t max_name_length = 120;
  std::size_t max_guardians = 200;
  std::size_t max_students = 2000;
  std::size_t max_resources = 500;
  std::size_t max_courses = 10000;
  std::size_t max_commitments = 5000;
  std::size_t max_placements = 50000;
  std::size_t max_windows = 200;  // availability windows per guardian
  std::size_t max_refs = 500;     // ids listed in one array (students of a course, ...)
};

}  // namespace brightpath
