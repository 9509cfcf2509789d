#!/usr/bin/env bash
# Fuzzes the plan and edit decoders with libFuzzer (clang 14) under ASan and UBSan, starting
# from the bundled examples and the invalid-document fixtures.
#   scripts/fuzz.sh [SECONDS]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
if ! command -v clang++-14 >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "ok installed"; then
  echo "fuzz.sh needs clang-14 and libclang-rt-14-dev (scripts/install-deps.sh installs them)" >&2
  exit 1
fi
cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DBRIGHTPATH_TESTS=OFF -DBRIGHTPATH_FUZZ=ON \
  "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
  "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
cmake --build build/fuzz -j2 --target brightpath_decode_fuzz
corpus=build/fuzz/corpus
mkdir -p "$corpus"
cp examples/*.json tests/fixtures/invalid/*.json "$corpus"/ 2>/dev/null || true
build/fuzz/tests/fuzz/brightpath_decode_fuzz "$corpus" -max_total_time="$seconds" \
  -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 20
