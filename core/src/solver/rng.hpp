// The solver's random numbers: SplitMix64, so a seed gives the same sequence on every
// platform and standard library (std:: distributions are not portable).
#pragma once

#include <cstdint>

namespace brightpath::solver {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed ^ 0x5DEECE66DULL) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); n > 0. The modulo bias is below 2^-40 for the sizes used here.
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }

 private:
  std::uint64_t state_;
};

}  // namespace brightpath::solver
