// Incremental validation: diagnostics are stored per scope (see rules/rules.hpp), and an
// edit re-runs the rules of just the scopes it can change, before and after the edit.
#include "brightpath/session.hpp"

#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <array>
#include <utility>
#include <variant>

#include "diagnostic_budget.hpp"
#include "edit_checks.hpp"
#include "model.hpp"
#include "rules/rules.hpp"

namespace brightpath {

using detail::Scope;

struct ValidationSession::State {
  explicit State(const Plan& p);  // validates every scope
  Plan plan;  // edited in place; `model` reads it (declared first: built first)
  detail::Model model;
  // Diagnostics of every scope: by_scope[kind][index].
  std::array<std::vector<std::vector<Diagnostic>>, detail::kScopeKinds> by_scope;
  DiagnosticCounts counts;
};

namespace {

using ScopeKey = std::pair<Scope, int>;
// The scopes one edit re-checks: a lesson's own, its people's and things' days before and
// after, its course. Inline, so an edit does not grow a heap vector step by step (five
// allocations, a noticeable share of an edit in WebAssembly); rare big edits spill over.
using ScopeList = boost::container::small_vector<ScopeKey, 24>;
using State = ValidationSession::State;

void add_counts(DiagnosticCounts& counts, const std::vector<Diagnostic>& ds, int sign) {
  for (const auto& d : ds) {
    switch (d.severity) {
      case Severity::error: counts.errors += sign; break;
      case Severity::warning: counts.warnings += sign; break;
      case Severity::info: counts.infos += sign; break;
    }
  }
}

// Which scopes a lesson's diagnostics can depend on, given where it is now. `totals` adds
// the scopes that only its existence and duration affect (course totals, weekly minutes).
void collect_scopes(const detail::Model& m, int lesson, bool totals, ScopeList& out) {
  const detail::LessonInfo& info = m.lessons[lesson];
  const int day = m.plan.placements[lesson].day;
  out.emplace_back(Scope::lesson, lesson);
  for (const int s : m.students_of(lesson)) {
    out.emplace_back(Scope::student_day, s * kDaysPerWeek + day);
    if (totals) out.emplace_back(Scope::student_week, s);
  }
  if (info.guardian >= 0) out.emplace_back(Scope::guardian_day, info.guardian * kDaysPerWeek + day);
  for (const int r : info.resources) out.emplace_back(Scope::resource_day, r * kDaysPerWeek + day);
  if (info.course >= 0) {
    out.emplace_back(Scope::course, info.course);
    if (totals) out.emplace_back(Scope::course_totals, info.course);
  }
}

// Diagnostics present in `before` but not `after` go to removed, and the reverse to added;
// equal diagnostics cancel out pairwise (a scope may hold identical ones). `before` is the
// scope's old list, about to be replaced, so removed ones are moved out of it, not copied;
// added ones are pointers into `after`, which becomes the scope's list.
void diff_into(std::vector<Diagnostic>& before, const std::vector<Diagnostic>& after, EditResult& r) {
  if (before.size() * after.size() > 256) {
    // A crowded scope (a course with hundreds of sessions too close together): compare in
    // display order, a merge of two sorted lists, instead of every pair. diagnostic_less is
    // a total order on a session's diagnostics, so "neither is less" means equal.
    const auto sorted = [](const std::vector<Diagnostic>& ds) {
      std::vector<std::size_t> order(ds.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(),
                [&ds](std::size_t a, std::size_t b) { return diagnostic_less(ds[a], ds[b]); });
      return order;
    };
    const std::vector<std::size_t> b = sorted(before);
    const std::vector<std::size_t> a = sorted(after);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < b.size() || j < a.size()) {
      if (j == a.size() || (i < b.size() && diagnostic_less(before[b[i]], after[a[j]]))) {
        r.removed.push_back(std::move(before[b[i++]]));
      } else if (i == b.size() || diagnostic_less(after[a[j]], before[b[i]])) {
        r.added.push_back(&after[a[j++]]);
      } else {
        ++i;
        ++j;
      }
    }
    return;
  }
  // Inline for the few diagnostics a scope has, so the diff does not allocate.
  boost::container::small_vector<bool, 32> matched(after.size(), false);
  for (auto& d : before) {
    bool found = false;
    for (std::size_t j = 0; j < after.size(); ++j) {
      if (!matched[j] && after[j] == d) {
        matched[j] = true;
        found = true;
        break;
      }
    }
    if (!found) r.removed.push_back(std::move(d));
  }
  for (std::size_t j = 0; j < after.size(); ++j) {
    if (!matched[j]) r.added.push_back(&after[j]);
  }
}

void recheck(State& st, ScopeList& scopes, EditResult& result) {
  std::sort(scopes.begin(), scopes.end());
  scopes.erase(std::unique(scopes.begin(), scopes.end()), scopes.end());
  for (const auto& [kind, index] : scopes) {
    auto& slot = st.by_scope[static_cast<int>(kind)][index];
    std::vector<Diagnostic> fresh;
    if (kind != Scope::lesson || st.model.lessons[index].alive) {
      detail::Out out(fresh);
      detail::check_scope(st.model, kind, index, out);
    }
    if (fresh == slot) continue;
    add_counts(st.counts, slot, -1);
    add_counts(st.counts, fresh, +1);
    diff_into(slot, fresh, result);
    slot = std::move(fresh);  // the vector's buffer moves with it: `added` still points into it
  }
  std::sort(result.added.begin(), result.added.end(),
            [](const Diagnostic* a, const Diagnostic* b) { return diagnostic_less(*a, *b); });
  sort_diagnostics(result.removed);
  result.counts = st.counts;
}

// Applies a change to one lesson: scopes are collected where the lesson was and where it is
// afterwards, then re-checked once. A change to what the lesson refers to (its guardian)
// resolves the lesson again itself; moves, resizes and removals leave that as it was.
template <class Change>
EditResult change_lesson(State& st, int lesson, bool totals, Change&& change) {
  ScopeList scopes;
  collect_scopes(st.model, lesson, totals, scopes);
  detail::unindex_lesson(st.model, lesson);
  change(st.plan.placements[lesson]);
  detail::index_lesson(st.model, lesson);
  collect_scopes(st.model, lesson, totals, scopes);
  EditResult result;
  recheck(st, scopes, result);
  return result;
}

EditResult failed(std::string error, const DiagnosticCounts& counts) {
  EditResult r;
  r.error = std::move(error);
  r.counts = counts;
  return r;
}

}  // namespace

ValidationSession::ValidationSession(const Plan& plan) : state_(std::make_unique<State>(plan)) {}

ValidationSession::State::State(const Plan& p) : plan(p), model(detail::build_model(plan, true)) {
  for (int k = 0; k < detail::kScopeKinds; ++k) {
    const auto kind = static_cast<Scope>(k);
    const int n = detail::scope_count(model, kind);
    auto& slots = by_scope[k];
    slots.resize(n);
    for (int i = 0; i < n; ++i) {
      detail::Out out(slots[i]);
      detail::check_scope(model, kind, i, out);
      add_counts(counts, slots[i], +1);
    }
  }
}

ValidationSession::~ValidationSession() = default;
ValidationSession::ValidationSession(ValidationSession&&) noexcept = default;
ValidationSession& ValidationSession::operator=(ValidationSession&&) noexcept = default;

namespace {

// Removed lessons keep their slot (indices into the plan's placements are everywhere in the
// model); once the dead outnumber the living, the session starts afresh from its live plan,
// so memory follows the plan and not the history of edits. Full revalidation at most once
// per as many removals as there are lessons: a constant cost per edit on average.
constexpr std::size_t kMinDeadBeforeCompacting = 1024;

bool worth_compacting(const State& st) {
  const std::size_t live = st.model.lesson_ids.size();
  const std::size_t dead = st.plan.placements.size() - live;
  return dead >= kMinDeadBeforeCompacting && dead > live;
}

}  // namespace

EditResult ValidationSession::apply(const Edit& edit) {
  if (worth_compacting(*state_)) state_ = std::make_unique<State>(plan());
  State& st = *state_;
  detail::Model& m = st.model;
  return std::visit(
      [&](const auto& e) -> EditResult {
        using E = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<E, MoveLesson>) {
          const int l = detail::find_lesson(m, e.lesson);
          if (auto error = detail::check_move(m, l, e); !error.empty()) return failed(error, st.counts);
          return change_lesson(st, l, false, [&](Placement& p) {
            p.day = e.day;
            p.start = e.start;
          });
        } else if constexpr (std::is_same_v<E, ResizeLesson>) {
          const int l = detail::find_lesson(m, e.lesson);
          if (auto error = detail::check_resize(m, l, e); !error.empty()) return failed(error, st.counts);
          return change_lesson(st, l, true, [&](Placement& p) { p.duration = e.duration; });
        } else if constexpr (std::is_same_v<E, SetLessonGuardian>) {
          const int l = detail::find_lesson(m, e.lesson);
          if (auto error = detail::check_set_guardian(m, l, e); !error.empty()) return failed(error, st.counts);
          return change_lesson(st, l, false, [&](Placement& p) {
            p.guardian = e.guardian;
            detail::resolve_lesson(m, l);
          });
        } else if constexpr (std::is_same_v<E, RemoveLesson>) {
          const int l = detail::find_lesson(m, e.lesson);
          if (l < 0) return failed("no lesson has the id \"" + e.lesson + "\"", st.counts);
          m.lesson_ids.erase(e.lesson);
          return change_lesson(st, l, true, [&](Placement&) { m.lessons[l].alive = false; });
        } else if constexpr (std::is_same_v<E, AddLesson>) {
          if (auto error = detail::check_add(m, e); !error.empty()) return failed(error, st.counts);
          const int l = static_cast<int>(st.plan.placements.size());
          st.plan.placements.push_back(e.lesson);
          m.lessons.emplace_back();
          m.lesson_ids.emplace(e.lesson.id, l);
          st.by_scope[static_cast<int>(Scope::lesson)].emplace_back();
          detail::resolve_lesson(m, l);
          detail::index_lesson(m, l);
          ScopeList scopes;
          collect_scopes(m, l, true, scopes);
          EditResult result;
          recheck(st, scopes, result);
          return result;
        } else {  // SetAvailability
          const int g = m.guardian_ids.find(e.guardian);
          if (auto error = detail::check_set_availability(m, g, e); !error.empty()) return failed(error, st.counts);
          st.plan.guardians[g].availability = e.availability;
          // Availability is read only by the lesson rules of this guardian's lessons.
          ScopeList scopes;
          for (int d = 0; d < kDaysPerWeek; ++d) {
            for (const int l : m.lessons_by_guardian_day[g * kDaysPerWeek + d]) scopes.emplace_back(Scope::lesson, l);
          }
          EditResult result;
          recheck(st, scopes, result);
          return result;
        }
      },
      edit);
}

Plan ValidationSession::plan() const {
  Plan plan = state_->plan;
  plan.placements.clear();
  const auto& all = state_->plan.placements;
  for (std::size_t l = 0; l < all.size(); ++l) {
    if (state_->model.lessons[l].alive) plan.placements.push_back(all[l]);
  }
  return plan;
}

std::vector<Diagnostic> ValidationSession::diagnostics(std::size_t max_per_code) const {
  std::vector<Diagnostic> out;
  // by_scope is in scan order, so the budget lists the same ones validate() would.
  detail::DiagnosticBudget budget(max_per_code);
  for (const auto& kind : state_->by_scope) {
    for (const auto& slot : kind) {
      for (const Diagnostic& d : slot) {
        if (budget.take(d.code, d.severity)) out.push_back(d);
      }
    }
  }
  budget.append_summaries(out);
  sort_diagnostics(out);
  return out;
}

DiagnosticCounts ValidationSession::counts() const { return state_->counts; }

}  // namespace brightpath
