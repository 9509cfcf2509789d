#!/usr/bin/env bash
# The production-like tests (docs/operations/prodlike.md): builds brightpath-server (preset
# native) and the previous release's server for the rolling upgrade, then runs
# tests/prodlike/*.test.mjs one file at a time; each file starts its own deployment with
# scripts/prodlike.sh in a temporary directory on free ports and stops it.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --build --preset native --target brightpath-server >/dev/null
BRIGHTPATH_PREVIOUS_SERVER_BIN=$(tests/prodlike/build-previous-server.sh)
export BRIGHTPATH_PREVIOUS_SERVER_BIN
export BRIGHTPATH_SERVER_BIN=${BRIGHTPATH_SERVER_BIN:-build/native/server/brightpath-server}
node --test --test-concurrency=1 tests/prodlike/
