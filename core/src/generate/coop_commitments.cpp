// Fixed commitments every co-op has: a weekly staff meeting and two assemblies in the gym.
// They are booked like lessons, so no planted lesson clashes with them.
#include <algorithm>

#include "generate/coop_builder.hpp"

namespace brightpath::generate {
namespace {

constexpr std::size_t kMaxRefs = 500;  // ids in one reference list (docs/plan-format.md)

}  // namespace

void CoopBuilder::add_commitments() {
  const int gym = [this] {
    for (int r = 0; r < static_cast<int>(rooms_.size()); ++r) {
      if (rooms_[static_cast<std::size_t>(r)].kind == RoomKind::gym) return r;
    }
    return -1;
  }();

  Commitment staff;
  staff.id = "staff-meeting";
  staff.name = "Staff meeting";
  staff.when = {2, {12 * 60, 12 * 60 + 30}};
  for (std::size_t t = 0; t < teachers_.size(); ++t) {
    staff.guardians.push_back(plan_.guardians[t].id);
    teachers_[t].slots.busy[2] |= span_mask(staff.when.time);
  }
  plan_.commitments.push_back(std::move(staff));

  struct Assembly {
    const char* id;
    const char* name;
    int day;
    int first_band;
    int last_band;
  };
  const Assembly assemblies[] = {{"lower-assembly", "Lower school assembly", 0, 0, 1},
                                 {"upper-assembly", "Upper school assembly", 4, 2, 3}};
  for (const Assembly& a : assemblies) {
    const DaySpan when{a.day, {9 * 60, 9 * 60 + 30}};
    const SlotSpan slots{a.day, slot_of(when.time.start), slot_of(when.time.minutes())};
    std::vector<std::string> ids;
    for (std::size_t s = 0; s < children_.size(); ++s) {
      if (children_[s].band < a.first_band || children_[s].band > a.last_band) continue;
      ids.push_back(plan_.students[s].id);
      children_[s].slots.book(slots);
    }
    // A large co-op's assembly is listed in groups of at most 500 children; only the first
    // group is said to use the gym, so the commitments never overbook it themselves.
    for (std::size_t first = 0, group = 1; first < ids.size(); first += kMaxRefs, ++group) {
      Commitment c;
      c.id = a.id;
      c.name = a.name;
      if (group > 1) {
        c.id += "-" + std::to_string(group);
        c.name += " (group " + std::to_string(group) + ")";
      }
      c.when = when;
      c.students.assign(ids.begin() + static_cast<std::ptrdiff_t>(first),
                        ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), first + kMaxRefs)));
      if (group == 1 && gym >= 0) {
        c.resources.push_back(plan_.resources[static_cast<std::size_t>(gym)].id);
        rooms_[static_cast<std::size_t>(gym)].slots.book(slots);
      }
      plan_.commitments.push_back(std::move(c));
    }
  }

  // Time a teacher must spend at the staff meeting is not time they could teach.
  for (Teacher& t : teachers_) {
    for (int d = 0; d < kDaysPerWeek; ++d) {
      t.slots.available_slots -= popcount(t.slots.available[static_cast<std::size_t>(d)] & t.slots.busy[static_cast<std::size_t>(d)]);
    }
  }
}

}  // namespace brightpath::generate
