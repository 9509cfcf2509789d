#include "explain_infeasible.hpp"

#include <algorithm>
#include <bit>

#include "labels.hpp"
#include "search_control.hpp"

namespace brightpath::solver {
namespace {

using detail::kNone;
using detail::Model;

// Minutes of `span` not covered by any of `busy`.
int free_minutes(TimeSpan span, std::vector<TimeSpan> busy) {
  std::sort(busy.begin(), busy.end(), [](const TimeSpan& a, const TimeSpan& b) { return a.start < b.start; });
  int free = 0;
  int at = span.start;
  for (const TimeSpan& b : busy) {
    const int s = std::clamp(b.start, span.start, span.end);
    const int e = std::clamp(b.end, span.start, span.end);
    if (s > at) free += s - at;
    at = std::max(at, e);
  }
  return free + std::max(0, span.end - at);
}

// Merged windows of a guardian on one day.
std::vector<TimeSpan> windows_on(const Guardian& g, int day) {
  std::vector<TimeSpan> w;
  for (const DaySpan& a : g.availability) {
    if (a.day == day) w.push_back(a.time);
  }
  std::sort(w.begin(), w.end(), [](const TimeSpan& a, const TimeSpan& b) { return a.start < b.start; });
  std::vector<TimeSpan> merged;
  for (const TimeSpan& t : w) {
    if (!merged.empty() && t.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, t.end);
    } else {
      merged.push_back(t);
    }
  }
  return merged;
}

template <class Names>
std::string join(const Names& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::string days_text(DaySet days) {
  std::vector<std::string> names;
  for (int d = 0; d < 7; ++d) {
    if (has_day(days, d)) names.emplace_back(day_name(d));
  }
  return join(names);
}

int course_minutes(const Course& c) { return c.sessions_per_week * c.minutes_per_session; }

std::string sessions_text(const Course& c) {
  return std::to_string(c.sessions_per_week) + " \u00d7 " + duration_text(c.minutes_per_session);
}

// Commitments of one kind of entity on a day, as spans.
std::vector<TimeSpan> commitment_spans(const Model& m, const std::vector<std::vector<int>>& by_day, int entity, int day) {
  std::vector<TimeSpan> out;
  for (const int k : by_day[static_cast<std::size_t>(entity * 7 + day)]) out.push_back(m.plan.commitments[static_cast<std::size_t>(k)].when.time);
  return out;
}

struct Minutes {
  int free = 0;
  int before_commitments = 0;
};

class Explainer {
 public:
  Explainer(const Problem& p, SearchControl* control)
      : p_(p), m_(*p.model), control_(control), session_domain_(p.model->plan.courses.size(), -1) {
    // Looked up once per course: scanning the tasks for each course would be quadratic.
    // New sessions and lessons that may move alike: an empty domain of either is a proof.
    for (const Task& t : p.tasks) {
      int& domain = session_domain_[static_cast<std::size_t>(t.course)];
      if (domain < 0 || p.domains[static_cast<std::size_t>(t.domain)].slots.empty()) domain = t.domain;
    }
  }

  // Stops early (with the explanations found so far, each still a proof) when the
  // control says the time is spent or the solve was cancelled.
  std::vector<Explanation> run() {
    guardians();
    if (go(0)) resources();
    if (go(0)) students();
    if (go(0)) courses();
    return std::move(out_);
  }

 private:
  bool go(std::int64_t units) { return control_ == nullptr || control_->work(units); }

  Explanation& add(std::string code, std::string message) {
    out_.push_back({std::move(code), std::move(message), {}});
    return out_.back();
  }

  Minutes guardian_minutes(int g) const {
    Minutes total;
    for (int d = 0; d < 7; ++d) {
      if (!has_day(m_.plan.week.school_days, d)) continue;
      const auto busy = commitment_spans(m_, m_.commitments_by_guardian_day, g, d);
      for (const TimeSpan& w : windows_on(m_.plan.guardians[static_cast<std::size_t>(g)], d)) {
        total.before_commitments += w.minutes();
        total.free += free_minutes(w, busy);
      }
    }
    return total;
  }

  static std::string outside(const Minutes& mins) {
    return mins.free < mins.before_commitments ? " outside fixed commitments" : "";
  }

  void guardians() {
    const auto& plan = m_.plan;
    int pool_need = 0;
    for (std::size_t g = 0; g < plan.guardians.size(); ++g) {
      if (!go(static_cast<std::int64_t>(plan.courses.size()))) return;
      int need = 0;
      std::vector<std::string> courses;
      for (std::size_t c = 0; c < plan.courses.size(); ++c) {
        if (plan.courses[c].teaching == Teaching::teacher_led && m_.courses[c].guardian == static_cast<int>(g)) {
          need += course_minutes(plan.courses[c]);
          courses.push_back(plan.courses[c].id);
        }
      }
      const Minutes avail = guardian_minutes(static_cast<int>(g));
      if (need > avail.free) {
        Explanation& e = add("guardian-overloaded", guardian_label(m_, static_cast<int>(g)) + " teaches " + duration_text(need) +
                                                        " of lessons a week but is available " +
                                                        duration_text(avail.free) + " on school days" +
                                                        outside(avail) + ".");
        e.refs.push_back({RefKind::guardian, plan.guardians[g].id});
        for (auto& c : courses) e.refs.push_back({RefKind::course, std::move(c)});
      }
    }
    // All teacher-led lessons together against all the adults together.
    Minutes pool;
    std::vector<std::string> names;
    for (std::size_t g = 0; g < plan.guardians.size(); ++g) {
      const Minutes a = guardian_minutes(static_cast<int>(g));
      pool.free += a.free;
      pool.before_commitments += a.before_commitments;
      names.push_back(guardian_label(m_, static_cast<int>(g)));
    }
    for (const Course& c : plan.courses) {
      if (c.teaching == Teaching::teacher_led) pool_need += course_minutes(c);
    }
    if (pool_need > pool.free && plan.guardians.size() != 1) {
      std::string who = names.empty() ? "no adult in the plan can teach them"
                                      : join(names) + " together are available " + duration_text(pool.free) +
                                            " on school days" + outside(pool);
      Explanation& e = add("guardians-overloaded", "Teacher-led lessons need " + duration_text(pool_need) +
                                                       " a week but " + who + ".");
      for (const auto& g : plan.guardians) e.refs.push_back({RefKind::guardian, g.id});
    }
  }

  // Free capacity-minutes of a resource on `days`, within `span` each day.
  int resource_free(int r, DaySet days, TimeSpan span) const {
    int free = 0;
    for (int d = 0; d < 7; ++d) {
      if (!has_day(days & m_.plan.week.school_days, d)) continue;
      free += free_minutes(span, commitment_spans(m_, m_.commitments_by_resource_day, r, d));
    }
    return free * m_.plan.resources[static_cast<std::size_t>(r)].capacity;
  }

  // The stretch of the day when any of a course's children is in school.
  TimeSpan course_day(int c) const {
    TimeSpan span{kMinutesPerDay, 0};
    for (const int s : m_.courses[static_cast<std::size_t>(c)].students) {
      const TimeSpan d = m_.student_day(s);
      span.start = std::min(span.start, d.start);
      span.end = std::max(span.end, d.end);
    }
    return span.end > span.start ? span : m_.plan.week.hours;
  }

  void resources() {
    const auto& plan = m_.plan;
    // The courses using each resource, in course order, gathered in one pass over the courses.
    std::vector<std::vector<int>> users_of(plan.resources.size());
    for (int c = 0; c < static_cast<int>(plan.courses.size()); ++c) {
      if (plan.courses[static_cast<std::size_t>(c)].sessions_per_week == 0) continue;
      const auto& res = m_.courses[static_cast<std::size_t>(c)].resources;
      for (std::size_t i = 0; i < res.size(); ++i) {
        // A resource named twice by one course still counts that course once.
        if (std::find(res.begin(), res.begin() + static_cast<std::ptrdiff_t>(i), res[i]) == res.begin() + static_cast<std::ptrdiff_t>(i)) {
          users_of[static_cast<std::size_t>(res[i])].push_back(c);
        }
      }
    }
    for (int r = 0; r < static_cast<int>(plan.resources.size()); ++r) {
      if (!go(1 + static_cast<std::int64_t>(users_of[static_cast<std::size_t>(r)].size()))) return;
      const std::string name = resource_label(m_, r);
      const std::vector<int>& users = users_of[static_cast<std::size_t>(r)];
      bool said = false;
      for (const int c : users) {
        const Course& course = plan.courses[static_cast<std::size_t>(c)];
        const int free = resource_free(r, m_.courses[static_cast<std::size_t>(c)].days, course_day(c));
        if (course_minutes(course) > free) {
          Explanation& e = add("resource-overloaded", course_label(m_, c) + " needs " + name + " " +
                                                          sessions_text(course) + "; it is free " +
                                                          duration_text(free) + " in the week.");
          e.refs = {{RefKind::course, course.id}, {RefKind::resource, plan.resources[static_cast<std::size_t>(r)].id}};
          said = true;
        }
      }
      if (said || users.size() < 2) continue;
      int need = 0;
      TimeSpan span{kMinutesPerDay, 0};
      std::vector<std::string> parts;
      for (const int c : users) {
        const Course& course = plan.courses[static_cast<std::size_t>(c)];
        need += course_minutes(course);
        const TimeSpan d = course_day(c);
        span = {std::min(span.start, d.start), std::max(span.end, d.end)};
        parts.push_back(course_label(m_, c) + " (" + sessions_text(course) + ")");
      }
      const int free = resource_free(r, kAllDays, span);
      if (need > free) {
        Explanation& e = add("resource-overloaded", join(parts) + " need " + name + " " + duration_text(need) +
                                                        " in all; it is free " + duration_text(free) +
                                                        " in the week.");
        e.refs.push_back({RefKind::resource, plan.resources[static_cast<std::size_t>(r)].id});
        for (const int c : users) e.refs.push_back({RefKind::course, plan.courses[static_cast<std::size_t>(c)].id});
      }
    }
  }

  void students() {
    const auto& plan = m_.plan;
    // Each child's weekly lesson minutes, summed in one pass over the courses.
    std::vector<int> need_of(plan.students.size(), 0);
    for (std::size_t c = 0; c < plan.courses.size(); ++c) {
      const auto& st = m_.courses[c].students;
      for (std::size_t i = 0; i < st.size(); ++i) {
        if (std::find(st.begin(), st.begin() + static_cast<std::ptrdiff_t>(i), st[i]) == st.begin() + static_cast<std::ptrdiff_t>(i)) {
          need_of[static_cast<std::size_t>(st[i])] += course_minutes(plan.courses[c]);
        }
      }
    }
    for (int s = 0; s < static_cast<int>(plan.students.size()); ++s) {
      if (!go(7)) return;
      const int need = need_of[static_cast<std::size_t>(s)];
      Minutes avail;
      for (int d = 0; d < 7; ++d) {
        if (!has_day(plan.week.school_days, d)) continue;
        const TimeSpan day = m_.student_day(s);
        avail.before_commitments += day.minutes();
        avail.free += free_minutes(day, commitment_spans(m_, m_.commitments_by_student_day, s, d));
      }
      if (need > avail.free) {
        const Student& st = plan.students[static_cast<std::size_t>(s)];
        Explanation& e = add("student-overloaded", student_label(m_, s) + " has " + duration_text(need) +
                                                       " of lessons a week but " + duration_text(avail.free) +
                                                       " of school time" + outside(avail) + ".");
        e.refs.push_back({RefKind::student, st.id});
      }
    }
  }

  // The most sessions that fit on `days` at least `gap` days apart (greedy is optimal on a line).
  static int spread_capacity(DaySet days, int gap) {
    int count = 0;
    int last = -100;
    for (int d = 0; d < 7; ++d) {
      if (has_day(days, d) && d - last >= gap) {
        ++count;
        last = d;
      }
    }
    return count;
  }

  void courses() {
    const auto& plan = m_.plan;
    for (int c = 0; c < static_cast<int>(plan.courses.size()); ++c) {
      if (!go(8 + static_cast<std::int64_t>(m_.courses[static_cast<std::size_t>(c)].students.size()))) return;
      const Course& course = plan.courses[static_cast<std::size_t>(c)];
      if (course.sessions_per_week == 0) continue;
      const std::string label = course_label(m_, c);
      const DaySet days = m_.courses[static_cast<std::size_t>(c)].days & plan.week.school_days;
      const auto ref = [&](Explanation& e) { e.refs.insert(e.refs.begin(), Ref{RefKind::course, course.id}); };
      if (days == 0) {
        const DaySet asked = m_.courses[static_cast<std::size_t>(c)].days;
        const int n = std::popcount(static_cast<unsigned>(asked));
        ref(add("course-no-days", label + (n == 0 ? " has no allowed days."
                                                  : " is allowed only on " + days_text(asked) + ", which " +
                                                        (n == 1 ? "is not a school day." : "are not school days."))));
        continue;
      }
      bool specific = false;
      for (const int s : m_.courses[static_cast<std::size_t>(c)].students) {
        const TimeSpan day = m_.student_day(s);
        if (course.minutes_per_session > day.minutes()) {
          Explanation& e = add("session-too-long", label + " lasts " + duration_text(course.minutes_per_session) +
                                                       " a session but " + student_label(m_, s) +
                                                       "'s school day is " + duration_text(day.minutes()) + ".");
          ref(e);
          e.refs.push_back({RefKind::student, plan.students[static_cast<std::size_t>(s)].id});
          specific = true;
        }
      }
      const int g = course.teaching == Teaching::teacher_led ? m_.courses[static_cast<std::size_t>(c)].guardian : kNone;
      if (g >= 0) {
        const Guardian& guardian = plan.guardians[static_cast<std::size_t>(g)];
        const std::string who = guardian_label(m_, g);
        int longest = 0;
        for (int d = 0; d < 7; ++d) {
          if (!has_day(days, d)) continue;
          for (const TimeSpan& w : windows_on(guardian, d)) longest = std::max(longest, w.minutes());
        }
        if (longest == 0) {
          Explanation& e = add("guardian-unavailable", who + " teaches " + label +
                                                           " but is not available on any of its days (" +
                                                           days_text(days) + ").");
          ref(e);
          e.refs.push_back({RefKind::guardian, guardian.id});
          specific = true;
        } else if (course.minutes_per_session > longest) {
          Explanation& e = add("session-too-long", label + " lasts " + duration_text(course.minutes_per_session) +
                                                       " a session but " + who +
                                                       "'s longest available time on its days is " +
                                                       duration_text(longest) + ".");
          ref(e);
          e.refs.push_back({RefKind::guardian, guardian.id});
          specific = true;
        }
      }
      if (!specific && no_possible_time(c)) {
        ref(add("no-possible-time", "There is no time in the week when " + label + " (" +
                                        duration_text(course.minutes_per_session) +
                                        ") can happen: on its days no stretch that long is free for everyone it needs."));
      }
      const int gap = course.min_days_between;
      if (gap > 0) {
        const int fit = spread_capacity(days, gap);
        if (fit < course.sessions_per_week) {
          const std::string apart = gap == 1 ? "on different days" : "at least " + std::to_string(gap) + " days apart";
          ref(add("course-days-too-few", label + " needs " + std::to_string(course.sessions_per_week) +
                                             " sessions a week " + apart + ", but its days (" + days_text(days) +
                                             ") fit only " + std::to_string(fit) + "."));
        }
      }
    }
  }

  // True when a session of the course (new or moving) has an empty domain.
  bool no_possible_time(int c) const {
    const int domain = session_domain_[static_cast<std::size_t>(c)];
    return domain >= 0 && p_.domains[static_cast<std::size_t>(domain)].slots.empty();
  }

  const Problem& p_;
  const Model& m_;
  SearchControl* control_;
  std::vector<int> session_domain_;  // per course: a domain of its sessions (an empty one if any), -1 none
  std::vector<Explanation> out_;
};

}  // namespace

std::vector<Explanation> explain_structure(const Problem& problem, SearchControl* control) {
  return Explainer(problem, control).run();
}

}  // namespace brightpath::solver

namespace brightpath::solver {

bool proves_no_complete_week(const Explanation& e) { return e.code != "course-days-too-few"; }

}  // namespace brightpath::solver
