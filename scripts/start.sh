#!/usr/bin/env bash
# Builds BrightPath (the server, the WebAssembly package and the web app) and starts the
# server on http://localhost:8080: the app at /, the API under /api/v1.
# Without DATABASE_URL it starts a private PostgreSQL 15 cluster of its own in var/postgres
# (kept between runs, stopped again when the server stops). Settings come from the
# environment (README "Configuration"), e.g. BRIGHTPATH_PORT=9000 scripts/start.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset native >/dev/null
cmake --build --preset native --target brightpath brightpath-server
# The web app (web/dist) on the WebAssembly package (dist/), which is rebuilt only when it
# is missing or older than the C++ it is made from (a few minutes the first time).
if [[ ! -f dist/brightpath_core.wasm ]] ||
  [[ -n $(find core wasm CMakeLists.txt toolchains -newer dist/brightpath_core.wasm -type f -print -quit) ]]; then
  echo "Building the WebAssembly package"
  npm run --silent build:wasm
fi
echo "Building the web app"
# Quiet unless it fails (tsc prints its errors on standard output).
if ! build_log=$(npm --prefix web run --silent build 2>&1); then
  echo "$build_log" >&2
  exit 1
fi

mkdir -p var
if [[ -z "${DATABASE_URL:-}" ]]; then
  DATABASE_URL=$(server/run-local-postgres.sh start var/postgres "${BRIGHTPATH_LOCAL_PG_PORT:-5433}")
  export DATABASE_URL
  trap 'server/run-local-postgres.sh stop var/postgres' EXIT
  echo "PostgreSQL: private cluster in var/postgres"
fi
# A development signing key kept in var/, so sessions survive a restart. Production sets
# BRIGHTPATH_SIGNING_KEY itself (and refuses to start without it).
if [[ -z "${BRIGHTPATH_SIGNING_KEY:-}" && "${BRIGHTPATH_ENV:-development}" != production ]]; then
  if [[ ! -s var/dev-signing-key ]]; then
    (umask 077 && head -c 48 /dev/urandom | base64 -w0 >var/dev-signing-key)
  fi
  BRIGHTPATH_SIGNING_KEY=$(cat var/dev-signing-key)
  export BRIGHTPATH_SIGNING_KEY
fi
port=${BRIGHTPATH_PORT:-8080}
echo
echo "BrightPath: open http://localhost:$port  (the app; the API is under /api/v1; Ctrl-C stops it)"
echo
# In the background so that a SIGTERM to this script reaches the server too (then the
# private cluster stops after it).
build/native/server/brightpath-server "$@" &
server_pid=$!
trap 'kill -TERM "$server_pid" 2>/dev/null || true' INT TERM
status=0
wait "$server_pid" || status=$?
if kill -0 "$server_pid" 2>/dev/null; then wait "$server_pid" || status=$?; fi
exit "$status"
