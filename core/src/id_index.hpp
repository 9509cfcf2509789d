// Id -> index tables, the lookup behind every reference in a plan (and the decoder's check
// that ids in a list are unique).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "bytes.hpp"

namespace brightpath::detail {

inline constexpr int kUnknown = -2;  // a reference to an id that does not exist

// Any decent mix will do (a table's only need is spreading short ids over the low bits):
// 8-byte loads, the last 1-7 bytes read as two overlapping loads so nothing past the id is
// touched, each step a multiply whose high half is folded back into the low bits.
inline std::uint64_t mix_word(std::uint64_t x) {
  x *= 0x9E3779B97F4A7C15ULL;
  return x ^ (x >> 32U);
}
inline std::size_t id_hash(std::string_view id) {
  const char* p = id.data();
  std::size_t n = id.size();
  std::uint64_t h = mix_word(n);
  for (; n >= 8; p += 8, n -= 8) h = mix_word(h ^ load_bytes(p, 8));
  std::uint64_t tail = 0;
  if (n >= 4) {
    tail = (load_bytes(p, 4) << 32U) | load_bytes(p + n - 4, 4);
  } else if (n > 0) {
    tail = (load_bytes(p, 1) << 16U) | (load_bytes(p + n / 2, 1) << 8U) | load_bytes(p + n - 1, 1);
  }
  return static_cast<std::size_t>(mix_word(h ^ tail));
}

// The same hash for standard containers keyed by id (a session's lesson ids): libc++'s
// std::hash for strings takes 4 bytes a step in WebAssembly, where size_t has 32 bits.
struct IdHash {
  std::size_t operator()(std::string_view id) const { return id_hash(id); }
};

// Id -> index for one list of the plan: a small open-addressing hash table. Validation
// builds five per call and resolves every reference of the plan through them, so a table of
// up to four ids (most households' children, adults and things) lives inline, and ids are
// hashed a word at a time (id_hash). The views point into the plan's own strings, which
// never move: a session only appends to `placements`, whose ids live in `lesson_ids`. With
// duplicate ids the first one wins.
class IdIndex {
 public:
  // Ids of `items` (anything with an `id`), each to its position.
  void build(const auto& items) {
    reset(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) insert(items[i].id, static_cast<int>(i));
  }
  // An empty table for up to `expected` ids (it keeps half its slots free; with no free slot
  // left a lookup would never end, so callers size it from the list they index).
  void reset(std::size_t expected) {
    std::size_t capacity = kInlineSlots;
    while (capacity < expected * 2) capacity <<= 1U;
    if (capacity > kInlineSlots) {
      heap_.assign(capacity, Slot{});
    } else {
      heap_.clear();
      inline_.fill(Slot{});
    }
    mask_ = capacity - 1;
  }
  // Adds `id` at `index` unless it is there already; returns the index it had, or kUnknown
  // when it is new. `id` must stay where it is while the table is used.
  int insert(std::string_view id, int index) {
    Slot* slots = data();
    std::size_t h = id_hash(id) & mask_;
    while (slots[h].index != kUnknown && !same_text(slots[h].id, id)) h = (h + 1) & mask_;
    if (slots[h].index != kUnknown) return slots[h].index;
    slots[h] = {id, index};
    return kUnknown;
  }
  [[nodiscard]] int find(std::string_view id) const {
    const Slot* slots = data();
    for (std::size_t h = id_hash(id) & mask_;; h = (h + 1) & mask_) {
      const Slot& slot = slots[h];
      if (slot.index == kUnknown || same_text(slot.id, id)) return slot.index;
    }
  }
  [[nodiscard]] bool contains(std::string_view id) const { return find(id) != kUnknown; }

 private:
  struct Slot {
    std::string_view id;
    int index = kUnknown;  // kUnknown = empty slot
  };
  static constexpr std::size_t kInlineSlots = 8;  // up to 4 ids at load factor 1/2

  [[nodiscard]] const Slot* data() const { return heap_.empty() ? inline_.data() : heap_.data(); }
  Slot* data() { return heap_.empty() ? inline_.data() : heap_.data(); }

  std::array<Slot, kInlineSlots> inline_{};  // used while heap_ is empty
  std::vector<Slot> heap_;
  std::size_t mask_ = kInlineSlots - 1;
};

}  // namespace brightpath::detail
