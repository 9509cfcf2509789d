// wasm/small_block_cache.hpp sits behind operator new in the WebAssembly build. Here it runs
// natively over glibc's malloc, whose block layout differs from dlmalloc's: what must hold
// whatever the layout is that a block is never handed out for more than it holds, and that
// the cache stays within its bound.
#include <doctest/doctest.h>

#include <malloc.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <set>
#include <vector>

#include "../../../wasm/small_block_cache.hpp"

namespace {

using brightpath::wasm::SmallBlockCache;

}  // namespace

TEST_CASE("small block cache: every block holds what was asked for, fresh or reused") {
  SmallBlockCache cache;
  std::vector<void*> blocks;
  for (std::size_t size = 0; size <= SmallBlockCache::kLargestCached + 64; ++size) {
    void* p = cache.allocate(size);
    REQUIRE(p != nullptr);
    CHECK(malloc_usable_size(p) >= size);
    std::memset(p, 0xAB, size);  // under AddressSanitizer an overrun would stop here
    blocks.push_back(p);
  }
  for (void* p : blocks) cache.release(p);
  // Now mostly reused blocks, filed by what they hold.
  for (std::size_t size = 0; size <= SmallBlockCache::kLargestCached + 64; ++size) {
    void* p = cache.allocate(size);
    REQUIRE(p != nullptr);
    CHECK(malloc_usable_size(p) >= size);
    std::memset(p, 0xCD, size);
    cache.release(p);
  }
  cache.clear();
  CHECK(cache.cached_bytes() == 0);
}

TEST_CASE("small block cache: a freed block comes back for the next request of its class") {
  SmallBlockCache cache;
  void* p = cache.allocate(40);
  cache.release(p);
  CHECK(cache.cached_bytes() > 0);
  // The most the block's class serves, whatever malloc_usable_size says it holds.
  const std::size_t c = (malloc_usable_size(p) + SmallBlockCache::kHeader) / SmallBlockCache::kStep;
  CHECK(cache.allocate(SmallBlockCache::room_of_class(c)) == p);
  CHECK(cache.cached_bytes() == 0);
  cache.release(p);
  // Not for a request it cannot hold.
  void* bigger = cache.allocate(SmallBlockCache::room_of_class(c) + 1);
  CHECK(bigger != p);
  cache.release(bigger);
  cache.clear();
}

TEST_CASE("small block cache: big blocks go straight back to malloc") {
  SmallBlockCache cache;
  void* p = cache.allocate(SmallBlockCache::kLargestCached + 64);
  REQUIRE(p != nullptr);
  cache.release(p);
  CHECK(cache.cached_bytes() == 0);
  cache.release(nullptr);
  CHECK(cache.cached_bytes() == 0);
}

TEST_CASE("small block cache: each size keeps only its last few blocks") {
  SmallBlockCache cache;
  std::vector<void*> blocks;
  std::set<std::size_t> classes;  // one under dlmalloc; glibc may hand out a bigger block
  for (int i = 0; i < 100; ++i) {
    blocks.push_back(cache.allocate(100));
    classes.insert((malloc_usable_size(blocks.back()) + SmallBlockCache::kHeader) / SmallBlockCache::kStep);
  }
  for (void* p : blocks) cache.release(p);  // fewer frees in a row than a teardown
  const std::size_t held = cache.cached_bytes();
  const std::size_t biggest = (*classes.rbegin()) * SmallBlockCache::kStep;
  CHECK(held <= classes.size() * SmallBlockCache::kDepth * biggest);  // the last few of each size
  CHECK(held >= SmallBlockCache::kDepth * 100);
  // Another size still finds room: one size's blocks do not block the others.
  void* other = cache.allocate(500);
  cache.release(other);
  CHECK(cache.cached_bytes() > held);
  // Every size at once stays within the whole bound.
  for (std::size_t size = 1; size <= SmallBlockCache::kLargestCached; size += 7) {
    std::vector<void*> burst;
    for (int i = 0; i < 8; ++i) burst.push_back(cache.allocate(size));
    for (void* p : burst) cache.release(p);
  }
  CHECK(cache.cached_bytes() <= SmallBlockCache::kClasses * SmallBlockCache::kClassBytes);
  cache.clear();
  CHECK(cache.cached_bytes() == 0);
}

TEST_CASE("small block cache: a teardown empties it, and the next allocation starts it again") {
  SmallBlockCache cache;
  std::vector<void*> blocks;
  for (int i = 0; i < 2000; ++i) blocks.push_back(cache.allocate(static_cast<std::size_t>(24 + (i % 40) * 8)));
  std::size_t most = 0;
  for (void* p : blocks) {
    cache.release(p);
    most = std::max(most, cache.cached_bytes());
  }
  CHECK(most > 0);                     // it kept blocks at first
  CHECK(cache.cached_bytes() == 0);    // and gave them all back once the frees went on
  void* p = cache.allocate(24);
  cache.release(p);
  CHECK(cache.cached_bytes() > 0);
  cache.clear();
}
