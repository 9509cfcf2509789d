// BRIGHTPATH_WASM_INLINE: marks a function that the WebAssembly build inlines into its
// callers, whatever LLVM's size heuristic says.
//
// Node 20's V8 compiles each WebAssembly function on its own and does not inline one into
// another, so every call the module makes stays a call, with its frame and its stack check.
// The functions marked are the ones an edit runs through that link-time optimization left
// out of line: the rules a re-checked lesson or child's day runs, the session's scope
// collection, the model's lesson index, the edit's time check, and the reader and writer
// helpers of the edit's JSON (found by counting calls per function in an instrumented build;
// docs/wasm.md, "Inlining the edit path"). Inlined, the family edit pair through the API is
// about 2-3 % faster, for 3.4 KB gzipped.
//
// Empty natively: that build has no link-time optimization, so a definition could not be
// inlined into callers in other files anyway, and GCC inlines within a file by its own measure.
#pragma once

#if defined(__EMSCRIPTEN__)
#define BRIGHTPATH_WASM_INLINE __attribute__((always_inline))
#else
#define BRIGHTPATH_WASM_INLINE
#endif
