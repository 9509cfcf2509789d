// A list of lesson indices that keeps its first few entries inline.
//
// The model holds one list per (student, day), (guardian, day), (resource, day) and course:
// thousands of lists of a handful of lessons each. As std::vectors each cost an allocation
// (and a free), which was most of the time of a full validation; inline they cost none.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <vector>

namespace brightpath::detail {

class SmallList {
 public:
  static constexpr std::size_t kInline = 6;

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
      heap_.reset();
      take(other);
    }
    return *this;
  }
  ~SmallList() = default;

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

  void reserve(std::size_t n) {
    if (n <= capacity_) return;
    auto bigger = std::make_unique<int[]>(n);
    std::copy(begin(), end(), bigger.get());
    heap_ = std::move(bigger);
    capacity_ = n;
  }
  void push_back(int value) {
    if (size_ == capacity_) reserve(capacity_ * 2);
    data()[size_++] = value;
  }
  void insert(const int* at, int value) {
    const auto offset = static_cast<std::size_t>(at - data());
    if (size_ == capacity_) reserve(capacity_ * 2);
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
    size_ -= to - from;
  }
  void clear() { size_ = 0; }

 private:
  [[nodiscard]] const int* data() const { return heap_ ? heap_.get() : inline_; }
  int* data() { return heap_ ? heap_.get() : inline_; }
  void assign(const int* first, const int* last) {
    reserve(static_cast<std::size_t>(last - first));
    std::copy(first, last, data());
    size_ = static_cast<std::size_t>(last - first);
  }
  void take(SmallList& other) {
    size_ = other.size_;
    capacity_ = other.capacity_;
    if (other.heap_) {
      heap_ = std::move(other.heap_);
    } else {
      std::copy(other.inline_, other.inline_ + other.size_, inline_);
      capacity_ = kInline;
    }
    other.size_ = 0;
    other.capacity_ = kInline;
  }

  std::unique_ptr<int[]> heap_;
  std::size_t size_ = 0;
  std::size_t capacity_ = kInline;
  int inline_[kInline];  // NOLINT: only the first size_ entries are ever read
};

}  // namespace brightpath::detail
