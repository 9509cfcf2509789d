#!/usr/bin/env bash
# The production-like tests (docs/operations/prodlike.md): builds brightpath-server (preset
# native) and the previous release's server for the rolling upgrade, then runs
# tests/prodlike/*.test.mjs one file at a time; each file starts its own deployment with
# scripts/prodlike.sh in a temporary directory on free ports and stops it.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --build --preset native --target brightpath-server >/dev/null
# The previous release is built from this clone's history. A clone without it (a shallow
# checkout that cannot fetch) skips only the rolling upgrade, saying why, rather than
# failing every other check of the stage.
if previous=$(tests/prodlike/build-previous-server.sh); then
  export BRIGHTPATH_PREVIOUS_SERVER_BIN=$previous
else
  export BRIGHTPATH_PREVIOUS_SERVER_UNAVAILABLE="the previous release could not be built from this clone (see above)"
fi
export BRIGHTPATH_SERVER_BIN=${BRIGHTPATH_SERVER_BIN:-build/native/server/brightpath-server}
node --test --test-concurrency=1 tests/prodlike/
