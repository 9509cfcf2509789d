// operator new and delete for the WebAssembly module, through SmallBlockCache
// (wasm/small_block_cache.hpp has why). The C++ standard lets a program replace these; the
// array, sized and nothrow forms the library provides all end up here. Aligned new and
// delete keep the library's own pair.
#include <new>

#include "small_block_cache.hpp"

#ifdef __EMSCRIPTEN_PTHREADS__
#error "SmallBlockCache is not thread-safe: the module is built without threads"
#endif

namespace {

// constinit: operator new may run before any dynamic initialization.
constinit brightpath::wasm::SmallBlockCache cache;

}  // namespace

void* operator new(std::size_t size) {
  for (;;) {
    if (void* p = cache.allocate(size)) return p;
    // What the standard asks of operator new when memory runs out.
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

void* operator new[](std::size_t size) { return ::operator new(size); }

void operator delete(void* p) noexcept { cache.release(p); }
void operator delete[](void* p) noexcept { cache.release(p); }
void operator delete(void* p, std::size_t size) noexcept { cache.release(p, size); }
void operator delete[](void* p, std::size_t size) noexcept { cache.release(p, size); }
