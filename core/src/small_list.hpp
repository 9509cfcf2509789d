// A list of lesson indices that keeps its first few entries inline.
//
// The model holds one list per (student, day), (guardian, day), (resource, day) and course:
// thousands of lists of a handful of lessons each. As std::vectors each cost an allocation
// (and a free), which was most of the time of a full validation; inline they cost none.
//
// Layout: the inline entries and the heap pointer share storage (a list is either inline or
// on the heap, told apart by its capacity), so ten entries fit in 48 bytes, as many as a
// parent teaches or an older child has lessons on a busy day.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace brightpath::detail {

class SmallList {
 public:
  static constexpr std::size_t kInline = 10;

  SmallList() = default;
  SmallList(const SmallList& other) { assign(other.begin(), other.end()); }
  SmallList& operator=(const SmallList& other) {
    if (this != &other) {
      clear();
      assign(other.begin(), other.end());
    }
    return *this;
  }
  SmallList(SmallList&& other) noexcept { take(other); }
  SmallList& operator=(SmallList&& other) noexcept {
    if (this != &other) {
      release();
      take(other);
    }
    return *this;
  }
  ~SmallList() { release(); }

  [[nodiscard]] const int* begin() const { return data(); }
  [[nodiscard]] const int* end() const { return data() + size_; }
  int* begin() { return data(); }
  int* end() { return data() + size_; }
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }
  [[nodiscard]] int operator[](std::size_t i) const { return data()[i]; }
  [[nodiscard]] int front() const { return data()[0]; }
  [[nodiscard]] int back() const { return data()[size_ - 1]; }
  // For code that keeps its own copy as a vector (the solver's task lists).
  operator std::vector<int>() const { return {begin(), end()}; }  // NOLINT(google-explicit-constructor)
  bool operator==(const SmallList& other) const { return std::equal(begin(), end(), other.begin(), other.end()); }

  // Sizes are 32-bit (a list holds lesson indices, which are ints).
  void reserve(std::size_t n) {
    if (n > capacity_) grow_to(n);
  }
  void push_back(int value) {
    if (size_ == capacity_) grow_to(std::size_t{capacity_} * 2);
    data()[size_++] = value;
  }
  void insert(const int* at, int value) {
    const auto offset = static_cast<std::size_t>(at - data());
    if (size_ == capacity_) grow_to(std::size_t{capacity_} * 2);
    int* d = data();
    std::copy_backward(d + offset, d + size_, d + size_ + 1);
    d[offset] = value;
    ++size_;
  }
  void erase(const int* first, const int* last) {
    int* d = data();
    const auto from = static_cast<std::size_t>(first - d);
    const auto to = static_cast<std::size_t>(last - d);
    std::copy(d + to, d + size_, d + from);
    size_ -= static_cast<std::uint32_t>(to - from);
  }
  void clear() { size_ = 0; }

 private:
  [[nodiscard]] bool on_heap() const { return capacity_ > kInline; }
  [[nodiscard]] const int* data() const { return on_heap() ? heap_ : inline_; }
  int* data() { return on_heap() ? heap_ : inline_; }

  void grow_to(std::size_t n) {
    int* bigger = new int[n];
    std::copy(begin(), end(), bigger);
    release();
    heap_ = bigger;
    capacity_ = static_cast<std::uint32_t>(n);
  }
  void release() {
    if (on_heap()) delete[] heap_;
  }
  void assign(const int* first, const int* last) {
    reserve(static_cast<std::size_t>(last - first));
    std::copy(first, last, data());
    size_ = static_cast<std::uint32_t>(last - first);
  }
  // Leaves `other` empty and inline. An inline list is copied whole (a fixed 40 bytes,
  // cheaper than copying just its entries), which is why inline_ starts zeroed.
  void take(SmallList& other) {
    size_ = other.size_;
    capacity_ = other.capacity_;
    if (other.on_heap()) {
      heap_ = other.heap_;
    } else {
      std::copy(std::begin(other.inline_), std::end(other.inline_), inline_);
    }
    other.size_ = 0;
    other.capacity_ = kInline;
  }

  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = kInline;  // > kInline: the entries are at heap_
  union {
    int inline_[kInline] = {};
    int* heap_;
  };
};

}  // namespace brightpath::detail
