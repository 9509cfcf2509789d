#include "solve_seeds.hpp"

#include <thread>
#include <vector>

namespace brightpath::cli {

bool better_result(const SolveResult& a, const SolveResult& b) {
  const bool fa = a.status == SolveStatus::feasible;
  const bool fb = b.status == SolveStatus::feasible;
  if (fa != fb) return fa;
  if (a.score.hard != b.score.hard) return a.score.hard < b.score.hard;
  if (a.score.soft != b.score.soft) return a.score.soft < b.score.soft;
  return a.statistics.seed < b.statistics.seed;
}

SolveResult solve_seeds(const Plan& plan, const SolveOptions& options, int seeds) {
  if (seeds <= 1) return solve(plan, options);
  std::vector<SolveResult> results(static_cast<std::size_t>(seeds));
  {
    std::vector<std::jthread> threads;
    threads.reserve(results.size());
    for (int i = 0; i < seeds; ++i) {
      threads.emplace_back([&plan, &options, &results, i] {
        SolveOptions o = options;
        o.seed = options.seed + static_cast<std::uint64_t>(i);
        results[static_cast<std::size_t>(i)] = solve(plan, o);
      });
    }
  }  // joined here
  std::size_t best = 0;
  for (std::size_t i = 1; i < results.size(); ++i) {
    if (better_result(results[i], results[best])) best = i;
  }
  return std::move(results[best]);
}

}  // namespace brightpath::cli
