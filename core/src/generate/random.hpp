// The generator's only source of randomness.
//
// splitmix64 expands the seed, xoshiro256** produces the stream, and bounded draws use
// rejection instead of std::uniform_int_distribution: every step is defined bit for bit, so
// one seed gives the same plan with every compiler, standard library and platform (the std
// distributions are implementation-defined, and std::random_device is not reproducible).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace brightpath::generate {

class Random {
 public:
  explicit Random(std::uint64_t seed) {
    for (auto& s : state_) s = splitmix64(seed);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, n) for n > 0, without modulo bias.
  int below(int n) {
    const auto bound = static_cast<std::uint64_t>(n);
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t x = next();
    while (x >= limit) x = next();
    return static_cast<int>(x % bound);
  }

  int between(int lo, int hi) { return lo + below(hi - lo + 1); }  // inclusive
  bool percent(int chance) { return below(100) < chance; }

  template <class T>
  T pick(const std::vector<T>& items) {  // by value: callers often pass a temporary list
    return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
  }

  template <class T>
  void shuffle(std::vector<T>& items) {  // Fisher–Yates
    for (int i = static_cast<int>(items.size()) - 1; i > 0; --i) {
      std::swap(items[static_cast<std::size_t>(i)], items[static_cast<std::size_t>(below(i + 1))]);
    }
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  std::uint64_t state_[4]{};
};

}  // namespace brightpath::generate
