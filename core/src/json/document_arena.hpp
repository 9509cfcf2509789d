// Where a parsed document keeps what its text cannot hold: the blocks of its arrays and
// objects, and strings whose escapes had to be undone.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace brightpath::json {

// A bump allocator whose first block is inside this object (so decoding an edit command
// never reaches the heap for it), freed all at once. It must outlive the values built in
// it: declare it first. Only trivially destructible things go in; nothing is destroyed.
class DocumentArena {
 public:
  DocumentArena() = default;
  DocumentArena(const DocumentArena&) = delete;
  DocumentArena& operator=(const DocumentArena&) = delete;

  // Room for `n` objects of type T, uninitialised.
  template <class T>
  T* allocate(std::size_t n) {
    return static_cast<T*>(allocate(n * sizeof(T), alignof(T)));
  }

 private:
  void* allocate(std::size_t bytes, std::size_t alignment) {
    auto at = (reinterpret_cast<std::uintptr_t>(next_) + alignment - 1) & ~(alignment - 1);
    if (at + bytes > reinterpret_cast<std::uintptr_t>(end_)) {
      add_block(bytes + alignment);
      at = (reinterpret_cast<std::uintptr_t>(next_) + alignment - 1) & ~(alignment - 1);
    }
    next_ = reinterpret_cast<unsigned char*>(at + bytes);
    return reinterpret_cast<void*>(at);
  }
  void add_block(std::size_t at_least);

  unsigned char first_[2048];
  unsigned char* next_ = first_;
  unsigned char* end_ = first_ + sizeof first_;
  std::size_t next_block_ = 8192;  // doubles: a 16 MB document needs about a dozen blocks
  std::vector<std::unique_ptr<unsigned char[]>> blocks_;
};

}  // namespace brightpath::json
