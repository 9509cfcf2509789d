# Emscripten (Debian's 3.1.6) for the WebAssembly build: `cmake --preset wasm`.
#
# Debian's emcc runs its JS optimizer with the machine's Node, which does not look in
# /usr/share/nodejs where Debian ships acorn; without NODE_PATH every link fails with
# "Cannot find module 'acorn'". ENV{} only lasts for the configure step, so the compiler
# and linker launchers below pass it to every em++ call of the build as well.
set(ENV{NODE_PATH} "/usr/share/nodejs")
include(/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake)
set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)

# CMake reads a toolchain file more than once, hence set() before the string(APPEND)s.
set(CMAKE_CXX_FLAGS_INIT "")
set(CMAKE_EXE_LINKER_FLAGS_INIT "")

# C++ exceptions: the exception model has to be the same for every object file and the
# link, so it is chosen here rather than per target. docs/wasm.md has the measurements
# behind the default.
#   wasm : native WebAssembly exception handling (-fwasm-exceptions). Node 20 and every
#          current browser support it; zero cost until something throws.
#   js   : Emscripten's JavaScript-based emulation (-fexceptions); every call that may
#          throw goes through a JS trampoline.
#   off  : Emscripten's default: `throw` aborts the module and `catch` never runs.
# The flags are computed from the variable or its default before the cache entry exists:
# on a fresh configure the toolchain runs before set(... CACHE ...) has taken effect.
if(DEFINED BRIGHTPATH_WASM_EXCEPTIONS)
  set(BRIGHTPATH_EH_MODEL "${BRIGHTPATH_WASM_EXCEPTIONS}")
else()
  set(BRIGHTPATH_EH_MODEL "wasm")
endif()
set(BRIGHTPATH_WASM_EXCEPTIONS "${BRIGHTPATH_EH_MODEL}" CACHE STRING "C++ exception model: wasm, js or off")
set_property(CACHE BRIGHTPATH_WASM_EXCEPTIONS PROPERTY STRINGS wasm js off)
if(BRIGHTPATH_EH_MODEL STREQUAL "wasm")
  set(BRIGHTPATH_EH_FLAG "-fwasm-exceptions")
elseif(BRIGHTPATH_EH_MODEL STREQUAL "js")
  set(BRIGHTPATH_EH_FLAG "-fexceptions")
else()
  set(BRIGHTPATH_EH_FLAG "")
endif()
string(APPEND CMAKE_CXX_FLAGS_INIT " ${BRIGHTPATH_EH_FLAG}")
string(APPEND CMAKE_EXE_LINKER_FLAGS_INIT " ${BRIGHTPATH_EH_FLAG}")
# Link-time optimization against Emscripten's LTO build of libc++ (shipped prebuilt in
# its cache): std::string and the allocator calls the core makes everywhere can then be
# inlined, which the prebuilt library otherwise keeps out of line. About 8 % faster
# validation (docs/wasm.md).
string(APPEND CMAKE_CXX_FLAGS_INIT " -flto")
string(APPEND CMAKE_EXE_LINKER_FLAGS_INIT " -flto")
# Sized operator delete (on by default in C++14 compilers but not in Emscripten 3.1.6's
# clang): the module's operator delete (wasm/operator_new.cpp) then learns a block's size
# from the caller instead of asking malloc for it.
string(APPEND CMAKE_CXX_FLAGS_INIT " -fsized-deallocation")
