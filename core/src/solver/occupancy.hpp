// Who is busy when, on the week's time grid: the solver's constant-time feasibility test.
//
// Time is cut into grid cells (the plan's `grid` minutes, counted from midnight). A lesson
// the solver places starts on a cell boundary and covers whole cells, so "does it overlap
// anything" is a handful of word operations on bitsets per person and day. Things that do
// not sit on the grid (commitments at 08:10, a locked lesson at 09:05) are widened to the
// cells they touch: for a lesson that starts on the grid that is exact, except that a
// lesson whose length is not a multiple of the grid also reserves the rest of its last cell
// (a conservative rounding: it can forbid a legal start, never allow an illegal one).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace brightpath::solver {

// Cells [first, first + count) covering the minutes [start, end).
struct CellRange {
  int first = 0;
  int count = 0;
};
CellRange cells_of(int start, int end, int grid);

// The bits of word `w` that fall inside cells [first, first + count).
inline std::uint64_t word_mask(int w, int first, int count) {
  const int lo = std::max(first, w * 64) - w * 64;
  const int hi = std::min(first + count, w * 64 + 64) - w * 64;  // exclusive
  if (hi <= lo) return 0;
  const std::uint64_t upper = hi == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << hi) - 1;
  return upper & ~((std::uint64_t{1} << lo) - 1);
}

// One bit per cell for each (entity, day): students and guardians, who hold one lesson at once.
class BusyBits {
 public:
  void reset(int entities, int cells_per_day);
  // Inline: the solver's most frequent question (a third of construction's time on large
  // co-ops was the call; the native build does not optimise across files).
  [[nodiscard]] bool free(int entity, int day, int first, int count) const {
    const std::uint64_t* row = bits_.data() + base(entity, day);
    for (int w = first / 64; w <= (first + count - 1) / 64; ++w) {
      if ((row[w] & word_mask(w, first, count)) != 0) return false;
    }
    return true;
  }
  void mark(int entity, int day, int first, int count);
  void clear(int entity, int day, int first, int count);

 private:
  [[nodiscard]] std::size_t base(int entity, int day) const {
    return (static_cast<std::size_t>(entity) * 7 + static_cast<std::size_t>(day)) *
           static_cast<std::size_t>(words_per_day_);
  }
  int words_per_day_ = 0;
  std::vector<std::uint64_t> bits_;
};

// A use count per cell for each (resource, day): resources serve up to their capacity.
class LoadCounts {
 public:
  void reset(int entities, int cells_per_day);
  // The largest count over the cells.
  [[nodiscard]] int peak(int entity, int day, int first, int count) const;
  void add(int entity, int day, int first, int count, int delta);

 private:
  [[nodiscard]] std::size_t base(int entity, int day) const {
    return (static_cast<std::size_t>(entity) * 7 + static_cast<std::size_t>(day)) *
           static_cast<std::size_t>(cells_per_day_);
  }
  int cells_per_day_ = 0;
  std::vector<std::int32_t> counts_;
};

}  // namespace brightpath::solver
