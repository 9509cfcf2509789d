#!/usr/bin/env bash
# The delivery checks: the Terraform policy checks (docs/deployment.md), the Dockerfiles, the
# workflow files and the runbooks read by tests, and scripts/smoke.sh run against a server
# started here on a private PostgreSQL (as tests/server/run.sh does). Runs every
# tests/delivery/*.test.mjs with node's test runner.
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
BRIGHTPATH_TEST_DATABASE_URL=$(server/run-local-postgres.sh start "$pg_dir" "$port")
export BRIGHTPATH_TEST_DATABASE_URL
export BRIGHTPATH_SERVER_BIN=${BRIGHTPATH_SERVER_BIN:-build/native/server/brightpath-server}
node --test --test-concurrency=2 tests/delivery/
