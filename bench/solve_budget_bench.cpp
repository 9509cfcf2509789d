// How soon solve() returns once its time budget is spent or a host cancels it, on the
// largest plans the decoder accepts. Prints the markdown tables of docs/benchmarks.md
// ("## Solver: time budget and cancel").
//
//   brightpath_solve_budget_bench [--runs N] [--write DIR]
//     --runs N     runs per row (default 5); medians and the worst run are printed
//     --write DIR  only write the three plans as DIR/<name>.json (to time the CLI on them)
//
// Plans (built in memory; each is checked to encode to a document decode_plan accepts):
//   empty week   generate: 2,000 children, 200 teachers, 500 rooms, tightness 0.95, no lessons
//   full week    the same with its planted week of lessons, solved with all_unlocked
//   at limits    the full week padded with copies of its courses and lessons to the decoder's
//                10,000 courses and 50,000 lessons (copies clash: a heavily infeasible week)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "brightpath/generate.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/solve.hpp"

using namespace brightpath;

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 == 1 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct Case {
  std::string name;
  Plan plan;
  MoveScope scope = MoveScope::unplaced_only;
};

Plan largest_generated(bool with_lessons) {
  GeneratorOptions g;
  g.students = 2000;
  g.teachers = 200;
  g.resources = 500;
  g.tightness = 0.95;
  g.with_placements = with_lessons;
  return generate_coop_plan(g);
}

// Copies of courses (and their lessons, at the same times) until the plan has 10,000
// courses and 50,000 lessons.
Plan padded_to_limits(Plan plan) {
  const PlanLimits limits;
  const std::size_t originals = plan.courses.size();
  const std::size_t base_lessons = plan.placements.size();
  for (std::size_t k = 0; plan.courses.size() < limits.max_courses; ++k) {
    Course c = plan.courses[k % originals];
    c.id = "pad" + std::to_string(k);
    plan.courses.push_back(c);
  }
  for (std::size_t k = 0; plan.placements.size() < limits.max_placements; ++k) {
    const std::size_t pad = k % (limits.max_courses - originals);
    Placement p = plan.placements[k % base_lessons];
    p.id = "padl" + std::to_string(k);
    p.course = plan.courses[originals + pad].id;
    p.guardian.reset();
    p.locked = false;
    plan.placements.push_back(p);
  }
  // Each padded course asks for the lessons it has (at most 50 a week).
  for (std::size_t c = originals; c < plan.courses.size(); ++c) plan.courses[c].sessions_per_week = 0;
  for (std::size_t l = base_lessons; l < plan.placements.size(); ++l) {
    const std::size_t c = originals + (l - base_lessons) % (limits.max_courses - originals);
    plan.courses[c].sessions_per_week = std::min(50, plan.courses[c].sessions_per_week + 1);
  }
  return plan;
}

void describe(const Case& c) {
  const std::string json = encode_plan(c.plan);
  const bool accepted = decode_plan(json).ok();
  int sessions = 0;
  for (const Course& k : c.plan.courses) sessions += k.sessions_per_week;
  std::printf("| %s | %zu | %zu | %d | %zu | %.1f MB | %s |\n", c.name.c_str(), c.plan.courses.size(),
              c.plan.placements.size(), sessions, c.plan.students.size(), static_cast<double>(json.size()) / 1e6,
              accepted ? "yes" : "NO");
}

// Median wall time of solve() with a budget, minus the budget.
void budget_row(const Case& c, int budget_ms, int runs) {
  std::vector<double> wall;
  std::string status;
  bool checked = true;
  for (int i = 0; i < runs; ++i) {
    SolveOptions o;
    o.time_budget_ms = budget_ms;
    o.may_move = c.scope;
    const auto t = Clock::now();
    const SolveResult r = solve(c.plan, o);
    wall.push_back(ms_since(t));
    status = std::string(solve_status_name(r.status));
    checked = checked && std::none_of(r.explanations.begin(), r.explanations.end(),
                                      [](const Explanation& e) { return e.code == "week-not-checked"; });
  }
  std::printf("| %s | %d ms | %.1f ms | %+.1f ms | %.1f ms | %s%s |\n", c.name.c_str(), budget_ms, median(wall),
              median(wall) - budget_ms, *std::max_element(wall.begin(), wall.end()) - budget_ms, status.c_str(),
              checked ? "" : ", not checked");
  std::fflush(stdout);
}

// The callback answers false at its first report in `phase`; median time from that answer
// to solve() returning.
void cancel_row(const Case& c, SolvePhase phase, int runs) {
  std::vector<double> after;
  std::string status = "not reached";
  for (int i = 0; i < runs; ++i) {
    SolveOptions o;
    o.time_budget_ms = 5000;
    o.may_move = c.scope;
    Clock::time_point cancelled_at{};
    bool cancelled = false;
    o.on_progress = [&](const SolveProgress& p) {
      if (p.phase != phase) return true;
      cancelled = true;
      cancelled_at = Clock::now();
      return false;
    };
    const SolveResult r = solve(c.plan, o);
    if (!cancelled) continue;
    after.push_back(ms_since(cancelled_at));
    status = std::string(solve_status_name(r.status));
  }
  if (after.empty()) {
    std::printf("| %s | %s | — | — | %s |\n", c.name.c_str(), std::string(solve_phase_name(phase)).c_str(), status.c_str());
  } else {
    std::printf("| %s | %s | %.1f ms | %.1f ms | %s |\n", c.name.c_str(), std::string(solve_phase_name(phase)).c_str(),
                median(after), *std::max_element(after.begin(), after.end()), status.c_str());
  }
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::string write_dir;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--write" && i + 1 < argc) {
      write_dir = argv[++i];
    } else {
      std::fprintf(stderr, "usage: brightpath_solve_budget_bench [--runs N] [--write DIR]\n");
      return 2;
    }
  }
  std::vector<Case> cases;
  cases.push_back({"empty week", largest_generated(false), MoveScope::unplaced_only});
  cases.push_back({"full week", largest_generated(true), MoveScope::all_unlocked});
  cases.push_back({"at limits", padded_to_limits(cases.back().plan), MoveScope::all_unlocked});
  if (!write_dir.empty()) {
    for (const Case& c : cases) {
      std::string file = c.name;
      std::replace(file.begin(), file.end(), ' ', '-');
      std::ofstream out(write_dir + "/" + file + ".json", std::ios::binary);
      out << encode_plan(c.plan) << "\n";
      if (!out) {
        std::fprintf(stderr, "cannot write %s/%s.json\n", write_dir.c_str(), file.c_str());
        return 2;
      }
    }
    return 0;
  }

  std::printf("### Plans\n\n| plan | courses | lessons | sessions | children | JSON | decoder accepts |\n|---|---|---|---|---|---|---|\n");
  for (const Case& c : cases) describe(c);

  std::printf("\n### Time budget (%d runs per row)\n\n", runs);
  std::printf("| plan | budget | median wall time | median past budget | worst past budget | status |\n|---|---|---|---|---|---|\n");
  for (const Case& c : cases) {
    for (const int budget : {1, 100, 1000}) budget_row(c, budget, runs);
  }

  std::printf("\n### Cancel: the callback answers false at its first report in a phase (%d runs per row)\n\n", runs);
  std::printf("| plan | phase | median time to return | worst | status |\n|---|---|---|---|---|\n");
  for (const Case& c : cases) {
    for (const SolvePhase phase : {SolvePhase::preparing, SolvePhase::constructing, SolvePhase::searching,
                                   SolvePhase::checking, SolvePhase::explaining}) {
      cancel_row(c, phase, runs);
    }
  }
  return 0;
}
