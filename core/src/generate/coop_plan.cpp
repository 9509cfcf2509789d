// generate_coop_plan: the public entry point, and the steps' shared helpers.
#include <algorithm>
#include <utility>

#include "generate/coop_builder.hpp"

namespace brightpath {

Plan generate_coop_plan(const GeneratorOptions& options) {
  return generate::CoopBuilder(options).build();
}

}  // namespace brightpath

namespace brightpath::generate {
namespace {

// Out-of-range options are clamped to what a plan document may hold (docs/plan-format.md
// limits) rather than rejected: the CLI rejects them with a message, and tests and
// benchmarks should never get an invalid document from the generator.
GeneratorOptions clamped(GeneratorOptions o) {
  o.students = std::clamp(o.students, 1, 2000);
  o.teachers = std::clamp(o.teachers, 1, 200);
  o.resources = std::clamp(o.resources, 0, 500);
  if (!(o.tightness > 0.01)) o.tightness = 0.01;  // also catches NaN
  o.tightness = std::min(o.tightness, 1.0);
  return o;
}

}  // namespace

std::string numbered_id(char prefix, int number, int largest) {
  const std::string digits = std::to_string(number);
  const std::size_t width = std::max<std::size_t>(2, std::to_string(largest).size());
  return prefix + std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
}

CoopBuilder::CoopBuilder(const GeneratorOptions& options)
    : options_(clamped(options)), rng_(options_.seed) {}

Plan CoopBuilder::build() {
  plan_.name = "Generated co-op (" + std::to_string(options_.students) + " students, " +
               std::to_string(options_.teachers) + " teachers, seed " +
               std::to_string(options_.seed) + ")";
  plan_.time_zone = "America/Chicago";
  plan_.week.school_days = kSchoolDays;
  plan_.week.hours = kSchoolHours;
  plan_.week.grid_minutes = kSlotMinutes;

  add_people();
  add_rooms();
  add_commitments();
  add_classes();
  for (int s = 0; s < static_cast<int>(children_.size()); ++s) add_study(s);

  // Ids in layout order (courses in creation order, each course's sessions by day), padded
  // to the final counts so they sort the way they read.
  const int courses = static_cast<int>(plan_.courses.size());
  for (int c = 0; c < courses; ++c) plan_.courses[static_cast<std::size_t>(c)].id = numbered_id('c', c + 1, courses);
  const int lessons = static_cast<int>(plan_.placements.size());
  for (int i = 0; i < lessons; ++i) {
    Placement& p = plan_.placements[static_cast<std::size_t>(i)];
    p.id = numbered_id('L', i + 1, lessons);
    p.course = plan_.courses[static_cast<std::size_t>(lesson_course_[static_cast<std::size_t>(i)])].id;
  }
  if (!options_.with_placements) plan_.placements.clear();
  return std::move(plan_);
}

int CoopBuilder::pick_room(RoomKind kind) {
  std::vector<int> matching;
  for (int r = 0; r < static_cast<int>(rooms_.size()); ++r) {
    if (rooms_[static_cast<std::size_t>(r)].kind == kind) matching.push_back(r);
  }
  return matching.empty() ? -1 : rng_.pick(matching);
}

void CoopBuilder::add_course(Course course, const std::vector<SlotSpan>& sessions,
                             const std::string& placement_guardian) {
  std::vector<SlotSpan> by_day = sessions;
  std::sort(by_day.begin(), by_day.end(), [](const SlotSpan& a, const SlotSpan& b) {
    return a.day != b.day ? a.day < b.day : a.first < b.first;
  });
  for (const SlotSpan& s : by_day) {
    Placement p;
    lesson_course_.push_back(static_cast<int>(plan_.courses.size()));
    p.day = s.day;
    p.start = minutes_of(s.first);
    p.duration = minutes_of(s.count);
    if (!placement_guardian.empty()) p.guardian = placement_guardian;
    plan_.placements.push_back(std::move(p));
  }
  plan_.courses.push_back(std::move(course));
}

}  // namespace brightpath::generate
