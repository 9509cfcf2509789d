#include "labels.hpp"

#include "message_text.hpp"

namespace brightpath::solver {
namespace {

// The name, with what tells it apart from others of the same name in `people`: `detail`
// (the grade) when that alone is unique among them, else the id.
template <class People, class Detail>
std::string told_apart(const People& people, std::size_t index, Detail detail) {
  const auto& me = people[index];
  bool twin = false;
  bool detail_unique = detail(me) != nullptr;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (i == index || people[i].name != me.name) continue;
    twin = true;
    const std::string* other = detail(people[i]);
    if (detail_unique && other != nullptr && *other == *detail(me)) detail_unique = false;
  }
  if (!twin) return me.name;
  return me.name + " (" + (detail_unique ? "grade " + *detail(me) : me.id) + ")";
}

}  // namespace

std::string student_label(const detail::Model& m, int student) {
  return told_apart(m.plan.students, static_cast<std::size_t>(student),
                    [](const Student& s) { return s.grade ? &*s.grade : nullptr; });
}

std::string guardian_label(const detail::Model& m, int guardian) {
  return told_apart(m.plan.guardians, static_cast<std::size_t>(guardian),
                    [](const Guardian&) -> const std::string* { return nullptr; });
}

std::string resource_label(const detail::Model& m, int resource) {
  return told_apart(m.plan.resources, static_cast<std::size_t>(resource),
                    [](const Resource&) -> const std::string* { return nullptr; });
}

std::string course_label(const detail::Model& m, int course) {
  std::string out = m.plan.courses[static_cast<std::size_t>(course)].subject;
  const auto& students = m.courses[static_cast<std::size_t>(course)].students;
  if (students.empty()) return out;
  out += " for ";
  // Bounded as the rules' wording bounds its lists of children ("and 12 more").
  detail::MessageText text;
  detail::append_bounded_list(text, students.size(), detail::kNamedStudents,
                              [&](std::size_t i) { text += student_label(m, students[i]); });
  out += text.str();
  return out;
}

}  // namespace brightpath::solver
