#!/usr/bin/env bash
# The server's integration tests: builds brightpath-server (preset native), starts a private
# PostgreSQL 15 cluster in a temporary directory, and runs tests/server/*.test.mjs with
# node's test runner. Each test file makes its own database and server processes; the
# redis_* files also start their own redis-server (scripts/install-deps.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --build --preset native --target brightpath-server >/dev/null

pg_dir=$(mktemp -d /tmp/brightpath-pg.XXXXXX)
port=$((20000 + RANDOM % 20000))
cleanup() {
  server/run-local-postgres.sh stop "$pg_dir" || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
export BRIGHTPATH_TEST_PG_DIR=$pg_dir
export BRIGHTPATH_TEST_PG_PORT=$port
BRIGHTPATH_TEST_DATABASE_URL=$(server/run-local-postgres.sh start "$pg_dir" "$port")
export BRIGHTPATH_TEST_DATABASE_URL
export BRIGHTPATH_SERVER_BIN=${BRIGHTPATH_SERVER_BIN:-build/native/server/brightpath-server}
node --test --test-concurrency=2 tests/server/
