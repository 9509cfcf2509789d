// solve(): check the input, build the problem, construct, improve, write the week back into
// the plan, and let validate() have the last word on the score and the status.
#include "brightpath/solve.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "brightpath/validate.hpp"
#include "diagnostic_budget.hpp"
#include "explain_infeasible.hpp"
#include "explain_unplaced.hpp"
#include "labels.hpp"
#include "problem.hpp"
#include "rules/rules.hpp"
#include "search_control.hpp"
#include "week_check.hpp"

namespace brightpath {
namespace {

using solver::Pos;
using solver::Problem;

bool valid_span(const TimeSpan& t) { return t.start >= 0 && t.end <= kMinutesPerDay && t.start < t.end; }
bool valid_day(int d) { return d >= 0 && d < kDaysPerWeek; }

// Numbers the decoder guarantees but a Plan built in code might not; the solver's arrays
// rely on them, so they are checked before anything else.
std::vector<Explanation> check_numbers(const Plan& plan) {
  std::vector<Explanation> out;
  const auto bad = [&out](std::string message) { out.push_back({"invalid-plan", std::move(message), {}}); };
  const int grid = plan.week.grid_minutes;
  if (grid <= 0 || kMinutesPerDay % grid != 0) bad("The week's grid must divide the day evenly (5, 10, 15, 20, 30 or 60 minutes).");
  if (!valid_span(plan.week.hours)) bad("The week's school hours must start before they end.");
  for (const auto& g : plan.guardians) {
    for (const auto& w : g.availability) {
      if (!valid_day(w.day) || !valid_span(w.time)) bad(g.name + " has an availability window that is not a valid time.");
    }
  }
  for (const auto& s : plan.students) {
    if (s.day && !valid_span(*s.day)) bad(s.name + "'s school day must start before it ends.");
  }
  for (const auto& c : plan.courses) {
    if (c.minutes_per_session < 1 || c.minutes_per_session > kMinutesPerDay || c.sessions_per_week < 0 ||
        c.sessions_per_week > 50 || c.min_days_between < 0) {
      bad(c.subject + " has a session length or count out of range.");
    }
  }
  for (const auto& c : plan.commitments) {
    if (!valid_day(c.when.day) || !valid_span(c.when.time)) bad(c.name + " is not at a valid time.");
  }
  for (const auto& p : plan.placements) {
    if (!valid_day(p.day) || p.start < 0 || p.duration < 1 || p.start + p.duration > kMinutesPerDay) {
      bad("Lesson " + p.id + " is not at a valid time.");
    }
  }
  return out;
}

// Dangling references cannot be fixed by moving lessons: the plan must be corrected first.
// Only the reference rules run here (the whole catalogue on a large plan would take a good
// part of a short budget before the search even starts).
std::vector<Explanation> check_references(const detail::Model& m) {
  std::vector<Explanation> out;
  std::vector<Diagnostic> found;
  detail::DiagnosticBudget budget(kMaxDiagnosticsPerCode);  // listed as validate() lists them
  detail::Out into(found, &budget);
  detail::check_unknown_reference_in_plan(m, 0, into);
  for (int l = 0; l < static_cast<int>(m.plan.placements.size()); ++l) {
    if (m.lessons[static_cast<std::size_t>(l)].alive) detail::check_unknown_reference_in_lesson(m, l, into);
  }
  budget.append_summaries(found);
  sort_diagnostics(found);
  for (const Diagnostic& d : found) out.push_back({std::string(d.code), d.message, d.refs});
  if (!out.empty()) return out;
  // The same, should the reference rule be missing or narrower than the solver needs.
  for (std::size_t c = 0; c < m.plan.courses.size(); ++c) {
    const Course& course = m.plan.courses[c];
    if (m.courses[c].guardian == detail::kUnknown || m.courses[c].students.size() != course.students.size() ||
        m.courses[c].resources.size() != course.resources.size()) {
      out.push_back({std::string(detail::code::unknown_reference),
                     course.subject + " names a child, adult or resource that is not in the plan.",
                     {{RefKind::course, course.id}}});
    }
  }
  for (std::size_t l = 0; l < m.plan.placements.size(); ++l) {
    if (m.lessons[l].course < 0 || m.lessons[l].guardian == detail::kUnknown) {
      out.push_back({std::string(detail::code::unknown_reference),
                     "Lesson " + m.plan.placements[l].id + " names a course or adult that is not in the plan.",
                     {{RefKind::lesson, m.plan.placements[l].id}}});
    }
  }
  return out;
}

// "<course>-s<k>", the first k not already used; ids stay within the 64-character limit.
std::string new_lesson_id(const std::string& course, int& k, std::unordered_set<std::string>& used) {
  while (true) {
    const std::string suffix = "-s" + std::to_string(k++);
    std::string id = course.substr(0, 64 - suffix.size()) + suffix;
    if (used.insert(id).second) return id;
  }
}

Plan write_week(const Problem& p, const std::vector<Pos>& best) {
  const detail::Model& m = *p.model;
  Plan plan = m.plan;
  // Hashed: on a week of 50,000 lessons an ordered set of ids took tens of milliseconds,
  // which a solve stopped by its budget or a cancel cannot spare.
  std::unordered_set<std::string> used;
  used.reserve(plan.placements.size() + p.tasks.size());
  for (const auto& pl : plan.placements) used.insert(pl.id);
  std::vector<bool> drop(plan.placements.size(), false);
  plan.placements.reserve(plan.placements.size() + p.tasks.size());
  std::vector<int> next_k(plan.courses.size(), 1);
  for (std::size_t t = 0; t < p.tasks.size(); ++t) {
    const solver::Task& task = p.tasks[t];
    const Pos& at = best[t];
    const Course& course = plan.courses[static_cast<std::size_t>(task.course)];
    if (task.placement >= 0) {
      Placement& pl = plan.placements[static_cast<std::size_t>(task.placement)];
      if (!at.placed()) {
        drop[static_cast<std::size_t>(task.placement)] = true;  // listed as unplaced instead
        continue;
      }
      pl.day = at.day;
      pl.start = at.cell * p.grid;
      if (task.guardian == solver::kAnyGuardian) {
        pl.guardian = plan.guardians[static_cast<std::size_t>(at.guardian)].id;
      } else if (task.guardian >= 0 && course.teaching == Teaching::teacher_led && pl.guardian &&
                 *pl.guardian != plan.guardians[static_cast<std::size_t>(task.guardian)].id) {
        pl.guardian.reset();  // the course's named guardian is implied
      }
      continue;
    }
    if (!at.placed()) continue;
    Placement pl;
    pl.id = new_lesson_id(course.id, next_k[static_cast<std::size_t>(task.course)], used);
    pl.course = course.id;
    pl.day = at.day;
    pl.start = at.cell * p.grid;
    pl.duration = task.duration;
    if (task.guardian == solver::kAnyGuardian) pl.guardian = plan.guardians[static_cast<std::size_t>(at.guardian)].id;
    plan.placements.push_back(std::move(pl));
  }
  std::vector<Placement> kept;
  kept.reserve(plan.placements.size());
  for (std::size_t i = 0; i < plan.placements.size(); ++i) {
    if (i >= drop.size() || !drop[i]) kept.push_back(std::move(plan.placements[i]));
  }
  plan.placements = std::move(kept);
  return plan;
}

// Sessions each course still lacks in a finished plan, counted into the hard score.
void count_unplaced(SolveResult& r) {
  // Counted once per lesson, not once per course and lesson: a plan at the decoder's
  // limits has 10,000 courses and 50,000 lessons.
  std::unordered_map<std::string_view, int> lessons_per_course;
  for (const Placement& p : r.plan.placements) ++lessons_per_course[p.course];
  for (const Course& c : r.plan.courses) {
    const auto found = lessons_per_course.find(c.id);
    const int have = found == lessons_per_course.end() ? 0 : found->second;
    if (have < c.sessions_per_week) {
      r.unplaced.push_back({c.id, c.sessions_per_week - have});
      r.score.hard += c.sessions_per_week - have;
    }
  }
}

// Score and breakdown of a finished plan, from validate() alone.
void score(SolveResult& r, const std::vector<Diagnostic>& diagnostics) {
  for (const RuleDescription& rule : rule_catalogue()) {
    if (rule.severity == Severity::info) continue;
    ScoreTerm term;
    term.code = std::string(rule.code);
    term.severity = rule.severity;
    term.weight = rule.severity == Severity::error ? 1 : soft_weight(r.plan, rule.code);
    for (const Diagnostic& d : diagnostics) {
      if (d.code == rule.code && d.severity == rule.severity) term.count += d.findings();
    }
    if (term.count == 0) continue;
    term.penalty = static_cast<std::int64_t>(term.count) * term.weight;
    (rule.severity == Severity::error ? r.score.hard : r.score.soft) += term.penalty;
    r.breakdown.push_back(std::move(term));
  }
}

// Existing lessons the week leaves out (they could move and found no place again).
std::vector<RemovedLesson> removed_lessons(const Problem& p, const std::vector<Pos>& best) {
  std::vector<int> out;
  for (std::size_t t = 0; t < p.tasks.size(); ++t) {
    if (p.tasks[t].placement >= 0 && !best[t].placed()) out.push_back(p.tasks[t].placement);
  }
  std::sort(out.begin(), out.end());
  std::vector<RemovedLesson> removed;
  for (const int l : out) {
    const Placement& pl = p.model->plan.placements[static_cast<std::size_t>(l)];
    removed.push_back({pl.id, pl.course});
  }
  return removed;
}

// An error left in the returned week proves that no complete valid week exists when every
// lesson it names is one the solver may not move (kept lessons that clash, say). One that
// names a lesson the solver placed would mean its model missed a rule: not a proof.
bool error_proves(const Diagnostic& d, const std::unordered_set<std::string_view>& movable) {
  for (const Ref& ref : d.refs) {
    if (ref.kind == RefKind::lesson && movable.contains(ref.id)) return false;
  }
  return true;
}

Explanation not_checked(bool cancelled) {
  return {"week-not-checked",
          std::string(cancelled ? "The solve was stopped" : "The time ran out") +
              " before this week could be checked, so its score counts only the sessions left unplaced. "
              "Solve again with a longer time limit for a checked week.",
          {}};
}

}  // namespace

std::string_view solve_phase_name(SolvePhase phase) {
  switch (phase) {
    case SolvePhase::preparing: return "preparing";
    case SolvePhase::constructing: return "constructing";
    case SolvePhase::searching: return "searching";
    case SolvePhase::checking: return "checking";
    case SolvePhase::explaining: return "explaining";
  }
  return "preparing";
}

std::string_view solve_status_name(SolveStatus status) {
  switch (status) {
    case SolveStatus::feasible: return "feasible";
    case SolveStatus::infeasible: return "infeasible";
    case SolveStatus::cancelled: return "cancelled";
    case SolveStatus::invalid: return "invalid";
    case SolveStatus::incomplete: return "incomplete";
  }
  return "invalid";
}

SolveResult solve(const Plan& plan, const SolveOptions& options) {
  SolveResult r;
  r.statistics.seed = options.seed;
  solver::SearchControl control(options);
  r.explanations = check_numbers(plan);
  if (!r.explanations.empty()) {
    r.status = SolveStatus::invalid;
    r.plan = plan;
    return r;
  }
  // Time for checking and explaining the week is set aside before anything else: about
  // every lesson of the returned week, course and child is looked at once at the end.
  std::int64_t sessions = 0;
  for (const Course& c : plan.courses) sessions += c.sessions_per_week;
  control.reserve_closing(std::max(static_cast<std::int64_t>(plan.placements.size()), sessions) +
                          static_cast<std::int64_t>(plan.courses.size() + plan.students.size()));
  control.begin(SolvePhase::preparing);
  // Stopped already (a cancel at the first report, or a budget smaller than the reserve):
  // even the validation model of a large plan would take tens of milliseconds.
  std::optional<detail::Model> model;
  if (control.work_now()) {
    model.emplace(detail::build_model(plan));
    r.explanations = check_references(*model);
    if (!r.explanations.empty()) {
      r.status = SolveStatus::invalid;
      r.plan = plan;
      r.statistics.elapsed_ms = control.elapsed_ms();
      return r;
    }
  }

  // Every phase stops when the time is spent or the callback says stop. Until the existing
  // lessons are laid out there is no week but the plan as it came, which is then returned.
  Problem problem;
  problem.complete = false;
  if (model) problem = solver::build_problem(*model, options.may_move, &control);
  // The proofs first, before the search: they are cheap (a pass over people, things and
  // courses), and a status of "infeasible" must not depend on the time the search leaves.
  std::vector<Explanation> proofs;
  if (problem.complete && !control.stopped()) proofs = solver::explain_structure(problem, &control);
  for (const Explanation& e : proofs) control.proved_incomplete = control.proved_incomplete || solver::proves_no_complete_week(e);
  bool have_week = false;
  if (problem.complete && !control.stopped()) {
    solver::SearchState state(problem);
    Random rng(options.seed);
    have_week = solver::construct(state, rng, control);
    r.statistics.construction_ms = control.elapsed_ms();
    if (have_week) solver::local_search(state, rng, control);
  }
  // (Copied only now: a copy of a plan at the decoder's limits costs milliseconds.)
  r.plan = have_week ? write_week(problem, control.best()) : plan;

  // Checking and explaining may run a little past the budget or a cancel (kClosingGraceMs);
  // a week too large to check by then comes back unchecked, and never as feasible.
  control.begin_closing();
  control.begin(SolvePhase::checking);
  const std::optional<std::vector<Diagnostic>> diagnostics = solver::check_week(r.plan, control);
  count_unplaced(r);
  if (diagnostics) score(r, *diagnostics);

  control.begin(SolvePhase::explaining);
  r.explanations.clear();
  if (!diagnostics) r.explanations.push_back(not_checked(control.cancelled()));
  bool proved = false;
  if (problem.complete) {
    for (Explanation& e : proofs) {
      e.proof = solver::proves_no_complete_week(e);
      proved = proved || e.proof;
      r.explanations.push_back(std::move(e));
    }
  }
  if (have_week) {
    r.removed = removed_lessons(problem, control.best());
    for (Explanation& e : solver::explain_unplaced(problem, control.best(), &control)) r.explanations.push_back(std::move(e));
  } else if (model) {
    // Stopped before the first week: nothing was tried, and the message says so.
    for (const UnplacedSessions& u : r.unplaced) {
      if (!control.work(8)) break;
      r.explanations.push_back({"unplaced-sessions",
                                std::to_string(u.count) + (u.count == 1 ? " session of " : " sessions of ") +
                                    solver::course_label(*model, model->course_ids.find(u.course)) +
                                    " were not placed: the solve stopped before it began placing lessons. "
                                    "Solve again with a longer time limit.",
                                {{RefKind::course, u.course}}});
    }
  }
  // Errors the solver could not remove (kept lessons that clash) or, if the solver's own
  // model ever disagreed with validation, the errors it missed: never hidden (the breakdown
  // counts them all and the status cannot be feasible), listed while the time lasts.
  const bool no_errors = diagnostics && count_diagnostics(*diagnostics).errors == 0;
  if (diagnostics && !no_errors) {
    std::unordered_set<std::string_view> movable;
    for (const solver::Task& t : problem.tasks) {
      if (t.placement >= 0) movable.insert(plan.placements[static_cast<std::size_t>(t.placement)].id);
    }
    for (const Diagnostic& d : *diagnostics) {
      if (d.severity != Severity::error) continue;
      if (!control.work(8)) break;  // a week of clashing kept lessons can have thousands
      const bool proof = have_week && error_proves(d, movable);
      proved = proved || proof;
      r.explanations.push_back({std::string(d.code), d.message, d.refs, proof});
    }
  }
  // Proofs first: they are what a parent must change.
  std::stable_partition(r.explanations.begin(), r.explanations.end(), [](const Explanation& e) { return e.proof; });

  if (control.cancelled()) {
    r.status = SolveStatus::cancelled;
  } else if (no_errors && r.unplaced.empty()) {
    r.status = SolveStatus::feasible;
  } else if (proved) {
    r.status = SolveStatus::infeasible;
  } else {
    r.status = SolveStatus::incomplete;
  }
  r.statistics.elapsed_ms = control.elapsed_ms();
  r.statistics.iterations = control.iterations;
  r.statistics.improvements = control.improvements;
  r.statistics.best_found_ms = control.best_found_ms;
  r.statistics.first_feasible_ms = control.first_feasible_ms;
  return r;
}

}  // namespace brightpath
