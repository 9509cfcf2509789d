#!/usr/bin/env bash
# Runs every BrightPath test: the native suites (Release), the same suites under
# AddressSanitizer and UndefinedBehaviorSanitizer, then the WebAssembly build and the
# JavaScript tests against it. Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

stage() { echo; echo "=== $*"; }

stage "native build (Release)"
cmake --preset native >/dev/null
cmake --build --preset native
stage "native tests"
ctest --preset native -j2

stage "sanitizer build (Debug, ASan + UBSan)"
cmake --preset debug >/dev/null
cmake --build --preset debug
stage "sanitizer tests"
ctest --preset debug -j2

if [[ -x scripts/test-js.sh ]]; then
  stage "WebAssembly build and JavaScript tests"
  scripts/test-js.sh
fi
echo
echo "All BrightPath tests passed."
