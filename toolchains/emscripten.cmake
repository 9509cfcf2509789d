# Emscripten (Debian's 3.1.6) for the WebAssembly build.
#
# Debian's emcc runs its JS optimizer with the machine's Node, which does not look in
# /usr/share/nodejs where Debian ships acorn; without NODE_PATH every link fails with
# "Cannot find module 'acorn'". Setting it here covers configure and every build step,
# because CMake's compiler launcher below passes it to each emcc/em++ call.
set(ENV{NODE_PATH} "/usr/share/nodejs")
include(/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake)
set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
