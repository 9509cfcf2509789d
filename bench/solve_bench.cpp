// The solver's benchmark: a plain timed program that prints the markdown tables of
// docs/benchmarks.md ("## Solver"). Times are wall clock on whatever else the machine is
// doing, so every figure is a median over several seeds.
//
//   solve_bench [--quick] [--seeds N] [--tightness T] [--tight]
//     --quick        fewer seeds and no 10 s run, for a smoke test
//     --seeds N      co-op seeds per tightness row (default 10)
//     --tight        the tight-week tables (issue 20): co-ops of 300/40, 1,000/100 and
//                    2,000/200 at tightness 0.7-1.0 with a 10 s budget, after the usual
//                    tables (about 20 minutes when many plans stay incomplete)
//     --tightness T  only the co-op row at T, with one line per seed (for tuning); with
//                    BENCH_DEBUG set in the environment, the courses left unplaced go to stderr
//       --budget MS  its wall-clock budget (default 2000)
//       --cpu MS     a budget in this process's CPU time instead (through on_progress), so
//                    figures taken on a shared, loaded machine compare between runs
//       --size S/T   co-ops of S children and T teachers (default 300/40)
//       --solver-seed N  the solver's seed for every plan of the row (default 1), to see
//                    how much of a difference between two builds is one trajectory's luck
#include <algorithm>
#include <ctime>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "brightpath/generate.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/solve.hpp"

using namespace brightpath;

namespace {

double median(std::vector<double> v) {
  if (v.empty()) return -1;
  std::sort(v.begin(), v.end());
  return v.size() % 2 == 1 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

Plan load_family() {
  std::ifstream file(std::string(BRIGHTPATH_SOURCE_DIR) + "/examples/family.json", std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  Decoded<Plan> d = decode_plan(text.str());
  if (!d.ok()) {
    std::fprintf(stderr, "cannot read examples/family.json\n");
    std::exit(2);
  }
  Plan plan = *d.value;
  std::erase_if(plan.placements, [](const Placement& p) { return !p.locked; });
  return plan;
}

Plan coop(double tightness, std::uint64_t seed, int students = 300, int teachers = 40) {
  GeneratorOptions g;
  g.students = students;
  g.teachers = teachers;
  g.tightness = tightness;
  g.seed = seed;
  g.with_placements = false;
  return generate_coop_plan(g);
}

int sessions(const Plan& p) {
  int n = 0;
  for (const Course& c : p.courses) n += c.sessions_per_week;
  return n;
}

}  // namespace

// One co-op row with a line per seed: status, time to feasible, iterations.
struct RowOptions {
  double tightness = 0.8;
  int seeds = 10;
  int budget_ms = 2000;
  int cpu_ms = 0;  // > 0: the budget is this much CPU time instead
  int students = 300;
  int teachers = 40;
  std::uint64_t solver_seed = 1;
};

int detail_row(const RowOptions& row) {
  std::printf("| seed | sessions | status | unplaced | construction | first feasible | soft | iterations | CPU |\n|---|---|---|---|---|---|---|---|---|\n");
  int solved = 0;
  int left_sum = 0;
  double cpu_sum = 0;
  std::vector<double> feasible_ms;
  const double tightness = row.tightness;
  const int seeds = row.seeds;
  for (int s = 1; s <= seeds; ++s) {
    const Plan plan = coop(tightness, static_cast<std::uint64_t>(s), row.students, row.teachers);
    SolveOptions o;
    o.seed = row.solver_seed;
    o.time_budget_ms = row.cpu_ms > 0 ? 0 : row.budget_ms;
    const std::clock_t cpu_start = std::clock();
    if (row.cpu_ms > 0) {
      // Stops at the first report past the CPU budget, or once the week is complete (the
      // stall limit is off: without a wall-clock budget it would stop partial weeks too).
      const std::clock_t cpu_end = cpu_start + static_cast<std::clock_t>(row.cpu_ms) * CLOCKS_PER_SEC / 1000;
      o.stall_iterations = 0;
      o.on_progress = [cpu_end](const SolveProgress& p) {
        return std::clock() < cpu_end && !(p.phase == SolvePhase::searching && p.unplaced == 0);
      };
    }
    const SolveResult r = solve(plan, o);
    const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    cpu_sum += cpu_ms;
    int left = 0;
    for (const UnplacedSessions& u : r.unplaced) {
      left += u.count;
      if (std::getenv("BENCH_DEBUG") == nullptr) continue;
      for (const Course& c : plan.courses) {
        if (c.id != u.course) continue;
        std::fprintf(stderr, "  seed %d: %s x%d: %zu students, %d min, %s, guardian %s, res %zu, sessions %d\n", s,
                     c.id.c_str(), u.count, c.students.size(), c.minutes_per_session,
                     c.teaching == Teaching::teacher_led ? "led" : "indep", c.guardian ? c.guardian->c_str() : "-",
                     c.resources.size(), c.sessions_per_week);
      }
    }
    left_sum += left;
    if (left == 0 && r.status != SolveStatus::infeasible) {
      ++solved;
      feasible_ms.push_back(r.statistics.first_feasible_ms);
    }
    std::printf("| %d | %d | %s | %d | %.0f ms | %.0f ms | %lld | %lld | %.0f ms |\n", s, sessions(plan),
                std::string(solve_status_name(r.status)).c_str(), left, r.statistics.construction_ms, r.statistics.first_feasible_ms,
                static_cast<long long>(r.score.soft), static_cast<long long>(r.statistics.iterations), cpu_ms);
    std::fflush(stdout);
  }
  std::printf("\ntightness %.2f: %d of %d complete, %d sessions left out, median time to complete %.0f ms, CPU %.0f ms\n",
              tightness, solved, seeds, left_sum, median(feasible_ms), cpu_sum);
  return 0;
}

// Co-ops with a planted complete week at tightness 0.7-1.0, one solve each with a 10 s
// budget (solver seed 1): how many are complete within it and how soon.
void tight_table(int students, int teachers, int seeds) {
  std::printf("### Tight co-op weeks (%d children, %d teachers, 12 rooms; 10 s budget; %d plan seeds per row)\n\n",
              students, teachers, seeds);
  std::printf("| tightness | sessions (median) | complete within 10 s | median time to complete | sessions left out (sum) | statuses |\n");
  std::printf("|---|---|---|---|---|---|\n");
  for (const double tightness : {0.7, 0.8, 0.9, 1.0}) {
    std::vector<double> feasible_ms, count;
    int solved = 0, left = 0, incomplete = 0, infeasible = 0;
    for (int s = 1; s <= seeds; ++s) {
      const Plan plan = coop(tightness, static_cast<std::uint64_t>(s), students, teachers);
      count.push_back(sessions(plan));
      SolveOptions o;
      o.seed = 1;
      o.time_budget_ms = 10000;
      const SolveResult r = solve(plan, o);
      for (const UnplacedSessions& u : r.unplaced) left += u.count;
      if (r.status == SolveStatus::feasible) {
        ++solved;
        feasible_ms.push_back(r.statistics.first_feasible_ms);
      }
      incomplete += r.status == SolveStatus::incomplete ? 1 : 0;
      infeasible += r.status == SolveStatus::infeasible ? 1 : 0;
    }
    std::printf("| %.1f | %.0f | %d of %d | %.0f ms | %d | %d feasible, %d incomplete, %d infeasible |\n", tightness,
                median(count), solved, seeds, median(feasible_ms), left, solved, incomplete, infeasible);
    std::fflush(stdout);
  }
  std::printf("\n");
}

int main(int argc, char** argv) {
  bool quick = false;
  int seeds = 10;
  double only = -1;
  RowOptions row;
  bool tight = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--tight") {
      tight = true;
    } else if (arg == "--quick") {
      quick = true;
      seeds = 3;
    } else if (arg == "--seeds" && i + 1 < argc) {
      seeds = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--tightness" && i + 1 < argc) {
      only = std::atof(argv[++i]);
    } else if (arg == "--budget" && i + 1 < argc) {
      row.budget_ms = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--cpu" && i + 1 < argc) {
      row.cpu_ms = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--solver-seed" && i + 1 < argc) {
      row.solver_seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--size" && i + 1 < argc && std::sscanf(argv[i + 1], "%d/%d", &row.students, &row.teachers) == 2) {
      ++i;
    } else {
      std::fprintf(stderr, "usage: solve_bench [--quick] [--seeds N] [--tightness T [--budget MS | --cpu MS] [--size S/T] [--solver-seed N]] [--tight]\n");
      return 2;
    }
  }
  if (only >= 0) {
    row.tightness = only;
    row.seeds = seeds;
    return detail_row(row);
  }
  const int family_runs = 7;

  // 1. The family example from an empty week (locked lessons kept), 20 ms budget.
  {
    const Plan family = load_family();
    std::vector<double> feasible_ms, best_ms, soft;
    int solved = 0;
    std::int64_t construction_soft = 0;
    for (int s = 1; s <= family_runs; ++s) {
      SolveOptions o;
      o.seed = static_cast<std::uint64_t>(s);
      o.time_budget_ms = 20;
      o.stall_iterations = 0;
      std::int64_t first_soft = -1;
      o.on_progress = [&first_soft](const SolveProgress& p) {
        if (p.iterations == 0) first_soft = p.best_soft;  // the last such report ends construction
        return true;
      };
      const SolveResult r = solve(family, o);
      if (r.status == SolveStatus::feasible) ++solved;
      feasible_ms.push_back(r.statistics.first_feasible_ms);
      best_ms.push_back(r.statistics.best_found_ms);
      soft.push_back(static_cast<double>(r.score.soft));
      construction_soft = first_soft;
    }
    std::printf("### Family example (examples/family.json, unlocked lessons removed: %d sessions)\n\n", sessions(family));
    std::printf("| runs | feasible | median time to feasible | median time to best | soft after construction | median soft after 20 ms |\n");
    std::printf("|---|---|---|---|---|---|\n");
    std::printf("| %d | %d | %.2f ms | %.2f ms | %lld | %.0f |\n\n", family_runs, solved, median(feasible_ms), median(best_ms),
                static_cast<long long>(construction_soft), median(soft));
  }

  // 2. Co-op plans at several tightness levels, 2 s budget.
  {
    std::printf("### Co-op plans (300 children, 40 teachers, 12 rooms; 2 s budget; %d seeds per row)\n\n", seeds);
    std::printf("| tightness | sessions (median) | solved | median time to feasible | median soft at the end |\n");
    std::printf("|---|---|---|---|---|\n");
    for (const double tightness : {0.3, 0.5, 0.7, 0.8, 0.9}) {
      std::vector<double> feasible_ms, soft, count;
      int solved = 0;
      for (int s = 1; s <= seeds; ++s) {
        const Plan plan = coop(tightness, static_cast<std::uint64_t>(s));
        count.push_back(sessions(plan));
        SolveOptions o;
        o.seed = 1;
        o.time_budget_ms = 2000;
        const SolveResult r = solve(plan, o);
        if (r.status == SolveStatus::feasible) {
          ++solved;
          feasible_ms.push_back(r.statistics.first_feasible_ms);
          soft.push_back(static_cast<double>(r.score.soft));
        }
      }
      std::printf("| %.1f | %.0f | %d of %d | %.0f ms | %.0f |\n", tightness, median(count), solved, seeds,
                  median(feasible_ms), median(soft));
      std::fflush(stdout);
    }
    std::printf("\n");
  }

  // 3. Soft score against the time budget (co-op at tightness 0.5, seed 1).
  {
    const Plan plan = coop(0.5, 1);
    std::printf("### Soft score against the budget (co-op, tightness 0.5, seed 1)\n\n");
    std::printf("| budget | status | soft score | iterations |\n|---|---|---|---|\n");
    std::vector<int> budgets = {100, 1000};
    if (!quick) budgets.push_back(10000);
    for (const int ms : budgets) {
      SolveOptions o;
      o.time_budget_ms = ms;
      o.stall_iterations = 0;
      const SolveResult r = solve(plan, o);
      std::printf("| %d ms | %s | %lld | %lld |\n", ms, std::string(solve_status_name(r.status)).c_str(),
                  static_cast<long long>(r.score.soft), static_cast<long long>(r.statistics.iterations));
      std::fflush(stdout);
    }
    std::printf("\n");
  }

  // 4. Tight weeks with a planted complete week, small and large co-ops.
  if (tight) {
    tight_table(300, 40, seeds);
    tight_table(1000, 100, seeds);
    tight_table(2000, 200, seeds);
  }
  return 0;
}
