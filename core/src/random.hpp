// The one source of random numbers for the solver, the co-op generator and the tests.
//
// SplitMix64 with bounded draws by rejection: every step is defined bit for bit, so a seed
// gives the same sequence with every compiler, standard library and platform (the std
// distributions are implementation-defined, and std::random_device does not reproduce).
// SplitMix64 passes BigCrush; nothing here needs more (nothing is secret).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace brightpath {

class Random {
 public:
  // The fixed offset is part of what a seed means: changing it changes every seeded result
  // (solves, generated plans, the randomized tests' cases).
  explicit Random(std::uint64_t seed) : state_(seed ^ 0x5DEECE66DULL) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  }

  // Uniform in [0, n) for n > 0, without modulo bias.
  int below(int n) { return static_cast<int>(draw(static_cast<std::uint64_t>(n))); }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(draw(n)); }  // an index

  int between(int lo, int hi) { return lo + below(hi - lo + 1); }  // inclusive
  bool chance(int percent) { return below(100) < percent; }

  template <class T>
  T pick(const std::vector<T>& items) {  // by value: callers often pass a temporary list
    return items[below(items.size())];
  }

  template <class T>
  void shuffle(std::vector<T>& items) {  // Fisher–Yates
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
  }

 private:
  // Rejection instead of a plain modulo: the top sliver of values that would favour the
  // low results is drawn again (for the small bounds used here, about once in 2^50 draws).
  std::uint64_t draw(std::uint64_t bound) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t x = next();
    while (x >= limit) x = next();
    return x % bound;
  }

  std::uint64_t state_;
};

}  // namespace brightpath
