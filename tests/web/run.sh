#!/usr/bin/env bash
# The web app's end-to-end tests: builds brightpath-server and the app (web/dist), starts a
# private PostgreSQL 15 cluster in a temporary directory, and runs tests/web/*.test.mjs with
# node's test runner; each file starts its own server (its own database) serving the built
# app, and drives Debian's headless Chromium. Screenshots go to tests/web/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --build --preset native --target brightpath-server >/dev/null
# Quiet unless it fails (tsc prints its errors on standard output).
if ! build_log=$(npm --prefix web run --silent build 2>&1); then
  echo "$build_log" >&2
  exit 1
fi

pg_dir=$(mktemp -d /tmp/brightpath-pg.XXXXXX)
port=$((20000 + RANDOM % 20000))
cleanup() {
  server/run-local-postgres.sh stop "$pg_dir" || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
# Assigned before it is exported, so that a failed start stops the script (set -e).
BRIGHTPATH_TEST_DATABASE_URL=$(server/run-local-postgres.sh start "$pg_dir" "$port")
export BRIGHTPATH_TEST_DATABASE_URL
export BRIGHTPATH_SERVER_BIN=${BRIGHTPATH_SERVER_BIN:-build/native/server/brightpath-server}
node --test --test-concurrency=1 "${@:-tests/web/}"
