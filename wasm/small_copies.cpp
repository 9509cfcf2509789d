// memcpy and memcmp for the WebAssembly build, replacing Emscripten 3.1.6's.
//
// The core copies and compares short byte runs all the time (ids, names, message pieces,
// JSON strings: mostly 2–40 bytes; messages and answers up to a few hundred). Emscripten's
// memcpy moves those a byte at a time unless source and destination happen to share 4-byte
// alignment, and musl's memcmp compares byte by byte unless both are 4-byte aligned.
// WebAssembly loads and stores may be unaligned at no cost on the engines that matter, so
// these handle up to 32 bytes with a few overlapping 8-byte loads, the way glibc's x86-64
// routines do natively, and copy up to kLoopBytes in 8-byte steps; longer runs go to
// Emscripten's own code (emscripten_builtin_memcpy, which hands 512 bytes and more to the
// engine through a call into JavaScript, worth its fixed cost only past about a
// kilobyte).
//
// Emscripten defines memcpy as a weak alias, so this definition wins at link time; musl's
// memcmp sits alone in its archive member, which is then never pulled in. This file is
// compiled without LTO and without builtins (wasm/CMakeLists.txt): the link-time optimizer
// must not see a definition of a routine it emits calls to, and the compiler must not turn
// the loop below back into a call to memcmp.
#include <cstddef>
#include <cstdint>

extern "C" {

void* emscripten_builtin_memcpy(void* dest, const void* src, std::size_t n);

namespace {

// Up to here memcpy copies in a loop of its own; from here the engine's copy is faster.
constexpr std::size_t kLoopBytes = 1024;

inline std::uint64_t load64(const unsigned char* p) {
  std::uint64_t v;
  __builtin_memcpy(&v, p, 8);
  return v;
}
inline void store64(unsigned char* p, std::uint64_t v) { __builtin_memcpy(p, &v, 8); }
inline std::uint32_t load32(const unsigned char* p) {
  std::uint32_t v;
  __builtin_memcpy(&v, p, 4);
  return v;
}
inline void store32(unsigned char* p, std::uint32_t v) { __builtin_memcpy(p, &v, 4); }
inline std::uint16_t load16(const unsigned char* p) {
  std::uint16_t v;
  __builtin_memcpy(&v, p, 2);
  return v;
}
inline void store16(unsigned char* p, std::uint16_t v) { __builtin_memcpy(p, &v, 2); }

// The sign of the first differing byte of two little-endian words that differ.
inline int compare_words(std::uint64_t a, std::uint64_t b) {
  return __builtin_bswap64(a) < __builtin_bswap64(b) ? -1 : 1;
}

}  // namespace

void* memcpy(void* __restrict dest, const void* __restrict src, std::size_t n) {
  auto* d = static_cast<unsigned char*>(dest);
  const auto* s = static_cast<const unsigned char*>(src);
  // Each case loads everything before it stores, so the overlapping stores are harmless.
  if (n <= 16) {
    if (n >= 8) {
      const std::uint64_t head = load64(s);
      const std::uint64_t tail = load64(s + n - 8);
      store64(d, head);
      store64(d + n - 8, tail);
    } else if (n >= 4) {
      const std::uint32_t head = load32(s);
      const std::uint32_t tail = load32(s + n - 4);
      store32(d, head);
      store32(d + n - 4, tail);
    } else if (n >= 2) {
      const std::uint16_t head = load16(s);
      const std::uint16_t tail = load16(s + n - 2);
      store16(d, head);
      store16(d + n - 2, tail);
    } else if (n == 1) {
      *d = *s;
    }
    return dest;
  }
  if (n <= 32) {
    const std::uint64_t a = load64(s);
    const std::uint64_t b = load64(s + 8);
    const std::uint64_t c = load64(s + n - 16);
    const std::uint64_t e = load64(s + n - 8);
    store64(d, a);
    store64(d + 8, b);
    store64(d + n - 16, c);
    store64(d + n - 8, e);
    return dest;
  }
  if (n < kLoopBytes) {
    // 8 bytes a step, the last step ending exactly at the end (overlapping the one before).
    const unsigned char* const last = s + n - 8;
    for (; s < last; s += 8, d += 8) store64(d, load64(s));
    store64(static_cast<unsigned char*>(dest) + n - 8, load64(last));
    return dest;
  }
  return emscripten_builtin_memcpy(dest, src, n);
}

int memcmp(const void* left, const void* right, std::size_t n) {
  const auto* l = static_cast<const unsigned char*>(left);
  const auto* r = static_cast<const unsigned char*>(right);
  for (; n >= 8; n -= 8, l += 8, r += 8) {
    const std::uint64_t a = load64(l);
    const std::uint64_t b = load64(r);
    if (a != b) return compare_words(a, b);
  }
  if (n >= 4) {
    const std::uint32_t a = load32(l);
    const std::uint32_t b = load32(r);
    if (a != b) return __builtin_bswap32(a) < __builtin_bswap32(b) ? -1 : 1;
    n -= 4;
    l += 4;
    r += 4;
  }
  for (; n > 0; --n, ++l, ++r) {
    if (*l != *r) return *l < *r ? -1 : 1;
  }
  return 0;
}

// LLVM turns memcmp(...) == 0 into bcmp; musl's bcmp would call its own memcmp.
int bcmp(const void* left, const void* right, std::size_t n) { return memcmp(left, right, n); }

}  // extern "C"
