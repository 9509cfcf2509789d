// A cache of freed small blocks in front of malloc, for the WebAssembly module
// (wasm/operator_new.cpp puts it behind operator new and delete).
//
// glibc keeps recently freed small blocks per size and thread (its tcache) and hands them
// out again without touching the heap's bins; Emscripten 3.1.6's dlmalloc has no such
// cache, and one edit in the week grid allocates and frees about ten short-lived blocks
// (messages, references, the answer's text). Keeping them by size, as glibc does, makes
// applying an edit about 7 % faster in WebAssembly, and a whole validation, whose blocks
// mostly come fresh from malloc anyway, 1-3 % slower (docs/wasm.md).
//
// Blocks are plain malloc blocks. A block freed with its size (sized operator delete, the
// common case) goes back to the class it was handed out from; one freed without is filed
// under the size malloc_usable_size reports. Either way a block only serves requests it has
// room for, whoever allocated it. Each class keeps a few blocks (kDepth, kClassBytes), and a
// long run of frees (a plan or a validation going away) empties the cache so that malloc
// gets all of that memory back in one piece. Not thread-safe: the module has one thread.
#pragma once

#include <malloc.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace brightpath::wasm {

class SmallBlockCache {
 public:
  // Blocks are filed by usable size in steps of 8 bytes, dlmalloc's alignment.
  static constexpr std::size_t kStep = 8;
  // dlmalloc's per-chunk overhead in wasm32: a chunk of 8c bytes has 8c - 4 usable. Only
  // the fit of classes to chunks depends on it; a block is never handed out for more than
  // its usable size whatever malloc's layout (the native test runs on glibc's).
  static constexpr std::size_t kHeader = 4;
  // Requests of up to 2.5 KB: up to an edit's whole answer.
  static constexpr std::size_t kClasses = 320;
  static constexpr std::size_t kLargestCached = (kClasses - 1) * kStep - kHeader;
  // What each class keeps: up to kDepth freed blocks (glibc keeps 7), and no more than
  // kClassBytes of them, so one or two of the biggest; a full class passes blocks on to
  // free. The whole cache stays under 1.2 MB.
  static constexpr std::size_t kDepth = 8;
  static constexpr std::size_t kClassBytes = 4096;

  // At least `size` bytes, or nullptr when malloc has no memory left.
  void* allocate(std::size_t size) noexcept {
    frees_in_a_row_ = 0;
    if (size <= kLargestCached) {
      const std::size_t c = class_of_request(size);
      if (FreeBlock* block = free_[c]) {
        free_[c] = block->next;
        held_[c] -= c * kStep;
        return block;
      }
      // The most the class serves: with dlmalloc's 4-byte header that is the same chunk a
      // request for `size` gets, and the block comes back to this class.
      size = room_of_class(c);
    }
    void* p = std::malloc(size);
    if (p == nullptr && cached_bytes() > 0) {  // what the cache holds may be enough
      clear();
      p = std::malloc(size);
    }
    return p;
  }

  // Takes back a block from allocate() (or nullptr).
  void release(void* p) noexcept {
    if (p == nullptr) return;
    // The class whose every request fits: room_of_class(c) <= usable size.
    const std::size_t c = (malloc_usable_size(p) + kHeader) / kStep;
    if (c < kClasses) {
      keep(p, c);
    } else {
      std::free(p);
    }
  }

  // The same for a block whose requested size is known (sized operator delete), which
  // spares asking malloc: the block goes back to the class it was handed out from.
  void release(void* p, std::size_t size) noexcept {
    if (p == nullptr) return;
    if (size > kLargestCached) {
      std::free(p);
      return;
    }
    keep(p, class_of_request(size));
  }

  // Gives every cached block back to malloc.
  void clear() noexcept {
    for (std::size_t c = 0; c < kClasses; ++c) {
      while (FreeBlock* block = free_[c]) {
        free_[c] = block->next;
        std::free(block);
      }
      held_[c] = 0;
    }
  }

  // Bytes held in the cache, counted by class.
  [[nodiscard]] std::size_t cached_bytes() const noexcept {
    std::size_t bytes = 0;
    for (const std::uint32_t held : held_) bytes += held;
    return bytes;
  }

  // Requests of up to room_of_class(c) bytes are served from class c.
  static constexpr std::size_t class_of_request(std::size_t size) noexcept {
    return (size + kHeader + kStep - 1) / kStep;
  }
  static constexpr std::size_t room_of_class(std::size_t c) noexcept { return c * kStep - kHeader; }

 private:
  struct FreeBlock {
    FreeBlock* next;
  };

  // Files `p` under class `c`, or frees it when the class is full or a teardown is under way.
  // Inlined into operator delete (the rare teardown kept out of line): an edit frees about
  // ten blocks, and in WebAssembly each call costs more than filing the block.
  [[gnu::always_inline]] void keep(void* p, std::size_t c) noexcept {
    if (++frees_in_a_row_ > kTeardown) {
      free_in_teardown(p);
      return;
    }
    const std::size_t bytes = c * kStep;
    if (c < kFirstClass || held_[c] >= kDepth * bytes || held_[c] + bytes > kClassBytes) {
      std::free(p);
      return;
    }
    auto* block = static_cast<FreeBlock*>(p);
    block->next = free_[c];
    free_[c] = block;
    held_[c] += bytes;
  }

  // A big structure is being freed (a plan, a validation's diagnostics). Blocks kept now
  // would pin holes all over the memory it frees and keep malloc from merging it back into
  // one run, from which the next big structure is carved in order; that cost full
  // validation several percent. So the cache empties and stays out of the way until
  // something is allocated again.
  [[gnu::noinline]] void free_in_teardown(void* p) noexcept {
    if (frees_in_a_row_ == kTeardown + 1) clear();
    std::free(p);
  }

  // The smallest class whose blocks can hold the link to the next one: class 1 (4 bytes) in
  // wasm32, class 2 on 64-bit hosts, where the native test runs.
  static constexpr std::size_t kFirstClass = (sizeof(FreeBlock) + kHeader + kStep - 1) / kStep;
  // Frees with no allocation in between after which the cache takes it for a teardown.
  static constexpr std::uint32_t kTeardown = 256;

  std::array<FreeBlock*, kClasses> free_{};
  std::uint32_t frees_in_a_row_ = 0;
  std::array<std::uint32_t, kClasses> held_{};  // bytes in each class, counted by class
};

}  // namespace brightpath::wasm
