#include "occupancy.hpp"

#include <algorithm>

namespace brightpath::solver {
CellRange cells_of(int start, int end, int grid) {
  const int first = start / grid;
  const int last = (end + grid - 1) / grid;  // exclusive
  return {first, std::max(0, last - first)};
}

void BusyBits::reset(int entities, int cells_per_day) {
  words_per_day_ = (cells_per_day + 63) / 64;
  bits_.assign(static_cast<std::size_t>(entities) * 7 * static_cast<std::size_t>(words_per_day_), 0);
}

void BusyBits::mark(int entity, int day, int first, int count) {
  std::uint64_t* row = bits_.data() + base(entity, day);
  for (int w = first / 64; w <= (first + count - 1) / 64; ++w) row[w] |= word_mask(w, first, count);
}

void BusyBits::clear(int entity, int day, int first, int count) {
  std::uint64_t* row = bits_.data() + base(entity, day);
  for (int w = first / 64; w <= (first + count - 1) / 64; ++w) row[w] &= ~word_mask(w, first, count);
}

void LoadCounts::reset(int entities, int cells_per_day) {
  cells_per_day_ = cells_per_day;
  counts_.assign(static_cast<std::size_t>(entities) * 7 * static_cast<std::size_t>(cells_per_day), 0);
}

int LoadCounts::peak(int entity, int day, int first, int count) const {
  const std::int32_t* row = counts_.data() + base(entity, day);
  int best = 0;
  for (int c = first; c < first + count; ++c) best = std::max(best, row[c]);
  return best;
}

void LoadCounts::add(int entity, int day, int first, int count, int delta) {
  std::int32_t* row = counts_.data() + base(entity, day);
  for (int c = first; c < first + count; ++c) row[c] += delta;
}

}  // namespace brightpath::solver
