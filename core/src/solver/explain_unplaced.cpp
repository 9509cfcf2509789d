#include "explain_unplaced.hpp"

#include <algorithm>
#include <cctype>

#include "labels.hpp"
#include "message_text.hpp"
#include "search_control.hpp"

namespace brightpath::solver {
namespace {

using Party = SearchState::Party;

// How often each person or thing was busy over the starts of one domain (a session needs
// a dozen or so, so a flat list).
struct Tally {
  std::int64_t starts = 0;
  int free_starts = 0;  // starts nobody blocks (the search stopped before using them)
  std::vector<std::pair<Party, std::int64_t>> busy;
  void add(const Party& who, std::int64_t n) {
    for (auto& [p, count] : busy) {
      if (p.kind == who.kind && p.index == who.index) {
        count += n;
        return;
      }
    }
    busy.emplace_back(who, n);
  }
};

// Named in a parent's words: "Ms Smith", "the Lab", "every adult who could teach it".
std::string party_name(const detail::Model& m, const Party& p) {
  switch (p.kind) {
    case RefKind::student: return student_label(m, p.index);
    case RefKind::guardian: return p.index < 0 ? "every adult who could teach it" : guardian_label(m, p.index);
    case RefKind::resource: {
      detail::MessageText text;
      text += "the ";
      text += resource_label(m, p.index);
      return text.str();
    }
    default: return "";
  }
}

const std::string& party_id(const detail::Model& m, const Party& p) {
  switch (p.kind) {
    case RefKind::student: return m.plan.students[static_cast<std::size_t>(p.index)].id;
    case RefKind::guardian: return m.plan.guardians[static_cast<std::size_t>(p.index)].id;
    default: return m.plan.resources[static_cast<std::size_t>(p.index)].id;
  }
}

// Most often busy first; ties in a fixed order (children, adults, things; by index).
std::vector<std::pair<Party, std::int64_t>> ranked(const Tally& t) {
  std::vector<std::pair<Party, std::int64_t>> out = t.busy;
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    if (a.first.kind != b.first.kind) return a.first.kind < b.first.kind;
    return a.first.index < b.first.index;
  });
  return out;
}

// ": each of its 40 possible starts is taken: Ms Smith is busy at 31 of them, Ada at 20 and
// the Lab at 5."
std::string why(const detail::Model& m, const Tally& t, Explanation& e) {
  if (t.starts == 0) {
    return ": no start on its days fits everyone it needs at once, whatever else moves.";
  }
  if (t.free_starts > 0) {
    return ": the search stopped before placing it, although " + std::to_string(t.free_starts) + " of its " +
           std::to_string(t.starts) + " possible starts are free. Solve again with a longer time limit.";
  }
  constexpr std::size_t kNamed = 3;
  const auto who = ranked(t);
  std::string out = ": ";
  out += t.starts == 1 ? "its one possible start is taken: " : "each of its " + std::to_string(t.starts) + " possible starts is taken: ";
  const std::size_t n = std::min(kNamed, who.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) out += i + 1 == n ? " and " : ", ";
    out += party_name(m, who[i].first);
    out += i == 0 ? " is busy at " : " at ";
    out += std::to_string(who[i].second);
    if (i == 0) out += " of them";
    if (who[i].first.index >= 0) e.refs.push_back({who[i].first.kind, party_id(m, who[i].first)});
  }
  return out + ".";
}

}  // namespace

std::vector<Explanation> explain_unplaced(const Problem& p, const std::vector<Pos>& week, SearchControl* control) {
  std::vector<Explanation> out;
  const detail::Model& m = *p.model;
  const auto go = [&](std::int64_t units) { return control == nullptr || control->work(units); };
  SearchState st(p);
  std::vector<int> missing_new(m.plan.courses.size(), 0);
  std::vector<int> moved_out;
  for (int t = 0; t < st.task_count(); ++t) {
    if (!go(1)) return out;
    const Pos& at = week[static_cast<std::size_t>(t)];
    if (at.placed()) {
      st.place(t, at);
    } else if (p.tasks[static_cast<std::size_t>(t)].placement >= 0) {
      moved_out.push_back(t);
    } else {
      ++missing_new[static_cast<std::size_t>(p.tasks[static_cast<std::size_t>(t)].course)];
    }
  }
  if (st.unplaced() == 0) return out;

  // Tasks of one domain need the same people and things at the same starts: counted once.
  std::vector<int> tally_of_domain(p.domains.size(), -1);
  std::vector<Tally> tallies;
  std::vector<Party> busy;
  const auto tally = [&](int t) -> const Tally* {
    const Task& task = p.tasks[static_cast<std::size_t>(t)];
    int& index = tally_of_domain[static_cast<std::size_t>(task.domain)];
    if (index >= 0) return &tallies[static_cast<std::size_t>(index)];
    const Domain& d = p.domains[static_cast<std::size_t>(task.domain)];
    if (!go(static_cast<std::int64_t>(d.slots.size()) * task.parties)) return nullptr;
    Tally fresh;
    fresh.starts = static_cast<std::int64_t>(d.slots.size());
    for (const Slot& s : d.slots) {
      st.busy_parties(t, s.day, s.cell, busy);
      if (busy.empty()) ++fresh.free_starts;
      for (const Party& b : busy) fresh.add(b, 1);
    }
    index = static_cast<int>(tallies.size());
    tallies.push_back(std::move(fresh));
    return &tallies.back();
  };

  // Over every session left out: per child, adult (and "no adult", index -1) and thing.
  const Plan& plan = m.plan;
  std::vector<std::int64_t> by_student(plan.students.size(), 0), by_guardian(plan.guardians.size() + 1, 0),
      by_resource(plan.resources.size(), 0);
  std::int64_t contested_starts = 0;
  int left_out = 0;
  const auto add_to_contested = [&](const Tally& t, int sessions) {
    contested_starts += t.starts * sessions;
    left_out += sessions;
    for (const auto& [who, n] : t.busy) {
      const std::size_t i = static_cast<std::size_t>(who.index);
      if (who.kind == RefKind::student) by_student[i] += n * sessions;
      if (who.kind == RefKind::resource) by_resource[i] += n * sessions;
      if (who.kind == RefKind::guardian) by_guardian[static_cast<std::size_t>(who.index + 1)] += n * sessions;
    }
  };

  // The first new session left out of each course, found in one pass.
  std::vector<int> first_of_course(plan.courses.size(), -1);
  for (const int t : st.unplaced_tasks()) {
    const Task& task = p.tasks[static_cast<std::size_t>(t)];
    int& first = first_of_course[static_cast<std::size_t>(task.course)];
    if (task.placement < 0 && (first < 0 || t < first)) first = t;
  }
  for (std::size_t c = 0; c < missing_new.size(); ++c) {
    if (missing_new[c] == 0) continue;
    const int first = first_of_course[c];
    if (first < 0) continue;  // (cannot happen: the count came from the same week)
    const Tally* t = tally(first);
    if (t == nullptr) return out;
    const Course& course = m.plan.courses[c];
    Explanation e{"unplaced-sessions", "", {{RefKind::course, course.id}}};
    e.message = std::to_string(missing_new[c]) + " of " + std::to_string(course.sessions_per_week) +
                (course.sessions_per_week == 1 ? " session of " : " sessions of ") + course_label(m, static_cast<int>(c)) +
                " could not be placed";
    e.message += why(m, *t, e);
    add_to_contested(*t, missing_new[c]);
    out.push_back(std::move(e));
  }
  for (const int task : moved_out) {
    const Tally* t = tally(task);
    if (t == nullptr) return out;
    const Task& tk = p.tasks[static_cast<std::size_t>(task)];
    const Placement& was = m.plan.placements[static_cast<std::size_t>(tk.placement)];
    Explanation e{"lesson-removed", "", {{RefKind::lesson, was.id}, {RefKind::course, was.course}}};
    detail::MessageText text;
    // In words a parent reads (the lesson's id is in the references).
    text += course_label(m, tk.course);
    text += " on ";
    detail::append_span(text, was.when());
    text += " was taken out of the week and could not be placed again";
    e.message = text.str() + why(m, *t, e);
    add_to_contested(*t, 1);
    out.push_back(std::move(e));
  }

  // The one busy at the most starts; ties to the first child, adult, then thing.
  Party top{RefKind::student, -1};
  std::int64_t most = 0;
  const auto consider = [&](RefKind kind, const std::vector<std::int64_t>& counts, int offset) {
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (counts[i] > most && static_cast<int>(i) - offset >= 0) {
        most = counts[i];
        top = {kind, static_cast<int>(i) - offset};
      }
    }
  };
  consider(RefKind::student, by_student, 0);
  consider(RefKind::guardian, by_guardian, 1);
  consider(RefKind::resource, by_resource, 0);
  if (top.index >= 0) {
    std::string name = party_name(m, top);
    name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    Explanation e{"most-contested",
                  name + " is the most contested: busy at " + std::to_string(most) + " of the " +
                      std::to_string(contested_starts) + " possible starts of the " + std::to_string(left_out) +
                      (left_out == 1 ? " session" : " sessions") +
                      " left out. Freeing time there (fewer or shorter lessons, more availability) helps most.",
                  {{top.kind, party_id(m, top)}}};
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace brightpath::solver
