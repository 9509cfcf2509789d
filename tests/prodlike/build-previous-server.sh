#!/usr/bin/env bash
# Builds brightpath-server as it was before the migration the rolling upgrade test rehearses
# (the release still serving while the new one rolls out) and prints the binary's path.
# Built from that commit's own sources (git archive), once per commit, in
# build/prodlike-previous/<commit>/; Debug (no optimization) because it only has to behave
# like that release, and compiles in about half the time.
#
# The upgrade under test: the migration that the newest release adds. When a release adds
# another expand step, name its migration here and update rolling_upgrade.test.mjs's checks.
set -euo pipefail
cd "$(dirname "$0")/../.."
migration=server/migrations/0003_plan_version_digest.sql

# A shallow clone (a CI checkout's default) lacks that commit: fetch the history once.
if [[ $(git rev-parse --is-shallow-repository) == true ]]; then
  git fetch --quiet --unshallow || true
fi
added=$(git log --diff-filter=A --format=%H -1 -- "$migration")
if [[ -z "$added" ]] || ! previous=$(git rev-parse --verify -q "$added^"); then
  echo "build-previous-server: cannot find the commit before $migration was added (this clone's history is incomplete: git fetch --unshallow)" >&2
  exit 1
fi
dir=build/prodlike-previous/${previous:0:12}
bin=$dir/build/server/brightpath-server
if [[ ! -x "$bin" ]]; then
  rm -rf "$dir"
  mkdir -p "$dir/src"
  git archive "$previous" | tar -x -C "$dir/src"
  cmake -S "$dir/src" -B "$dir/build" -DCMAKE_BUILD_TYPE=Debug -DBRIGHTPATH_TESTS=OFF -DBRIGHTPATH_BENCHMARKS=OFF >/dev/null
  cmake --build "$dir/build" --target brightpath-server -j2 >&2
fi
realpath "$bin"
