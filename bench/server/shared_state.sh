#!/usr/bin/env bash
# What the session check and the rate limit cost per request, in process and in Redis
# (docs/benchmarks.md, "Shared state"): wrk at 32 connections posting
# examples/one-child.json to POST /api/v1/validate (a session check, a rate-limit check,
# a small validation; no other database work) against a Release brightpath-server on a
# private PostgreSQL and a private Redis, in four configurations, run in turn ROUNDS times:
#   database      no cache (BRIGHTPATH_SESSION_RECHECK_SECONDS=0), no rate limit
#   in-process    sessions trusted 2 s in memory, rate limit in memory
#   redis         REDIS_URL: sessions cached and the rate limit counted in Redis
#   redis-no-rl   REDIS_URL with the rate limit off (the session cache alone)
# Usage: bench/server/shared_state.sh [SECONDS per run, default 5] [ROUNDS, default 2]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-5}
rounds=${2:-2}
cmake --build --preset native --target brightpath-server >/dev/null

work=$(mktemp -d /tmp/brightpath-bench.XXXXXX)
pg_port=$((20000 + RANDOM % 20000))
redis_port=$((pg_port + 1))
http_port=$((pg_port + 2))
server_pid=
redis_pid=
stop_server() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
  server_pid=
}
cleanup() {
  stop_server
  if [[ -n "$redis_pid" ]]; then kill "$redis_pid" 2>/dev/null && wait "$redis_pid" 2>/dev/null || true; fi
  server/run-local-postgres.sh stop "$work/pg" || true
  rm -rf "$work"
}
trap cleanup EXIT
DATABASE_URL=$(server/run-local-postgres.sh start "$work/pg" "$pg_port")
export DATABASE_URL
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" >"$work/redis.log" &
redis_pid=$!
until redis-cli -p "$redis_port" PING >/dev/null 2>&1; do sleep 0.1; done
export BRIGHTPATH_SIGNING_KEY=benchmark-signing-key-of-at-least-32-bytes
api=http://127.0.0.1:$http_port/api/v1

start_server() {  # environment assignments for the server
  env BRIGHTPATH_PORT=$http_port BRIGHTPATH_SOLVE_WORKERS=0 BRIGHTPATH_HTTP_THREADS=48 BRIGHTPATH_DB_POOL_SIZE=48 \
    "$@" build/native/server/brightpath-server >>"$work/server.log" 2>&1 &
  server_pid=$!
  until curl -sf "http://127.0.0.1:$http_port/readyz" >/dev/null; do sleep 0.1; done
}

# One account, signed up once; its token is valid for every configuration (same key).
start_server BRIGHTPATH_RATE_LIMIT_PER_MINUTE=0
token=$(curl -sf $api/auth/signup -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.org","password":"benchmark password"}' | jq -r .access_token)
stop_server

no_limit=BRIGHTPATH_RATE_LIMIT_PER_MINUTE=0
high_limit=(BRIGHTPATH_RATE_LIMIT_PER_MINUTE=100000000 BRIGHTPATH_RATE_LIMIT_BURST=100000000)
declare -A configs=(
  [database]="BRIGHTPATH_SESSION_RECHECK_SECONDS=0 $no_limit"
  [in-process]="${high_limit[*]}"
  [redis]="REDIS_URL=redis://127.0.0.1:$redis_port ${high_limit[*]}"
  [redis-no-rl]="REDIS_URL=redis://127.0.0.1:$redis_port $no_limit"
)
order=(database in-process redis redis-no-rl)
echo "| configuration | round | requests/s | p50 | p99 | non-2xx | cache hits | database session reads |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq "$rounds"); do
  for name in "${order[@]}"; do
    # shellcheck disable=SC2086  # the configuration is a list of assignments
    start_server ${configs[$name]}
    out=$(BODY_FILE=examples/one-child.json TOKEN=$token \
      wrk --latency -d "${seconds}s" -c 32 -t 2 -s bench/server/post_body.lua "$api/validate")
    metrics=$(curl -sf "http://127.0.0.1:$http_port/metrics")
    hits=$(awk '/^brightpath_cache_hits_total\{cache="sessions"\}/ {print $2}' <<<"$metrics")
    misses=$(awk '/^brightpath_cache_misses_total\{cache="sessions"\}/ {print $2}' <<<"$metrics")
    stop_server
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    echo "| $name | $round | $rps | $p50 | $p99 | ${errors:-0} | ${hits:-0} | ${misses:-0} |"
  done
done
echo
echo "wrk ${seconds} s per run, 32 connections, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
