#!/usr/bin/env bash
# The server benchmark (docs/benchmarks.md): wrk at 32 connections against a Release
# brightpath-server on a private PostgreSQL, one scenario after another:
#   trivial route (GET /healthz), validating the family plan (POST /api/v1/validate),
#   an authoritative save of the family plan, a save of one edit to the co-op plan,
#   reading a plan; then the server's resident memory under and after the load.
# Usage: bench/server/run.sh [SECONDS per scenario, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=32
cmake --build --preset native --target brightpath-server >/dev/null

work=$(mktemp -d /tmp/brightpath-bench.XXXXXX)
port=$((20000 + RANDOM % 20000))
http_port=$((port + 1))
server_pid=
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  server/run-local-postgres.sh stop "$work/pg" || true
  rm -rf "$work"
}
trap cleanup EXIT
DATABASE_URL=$(server/run-local-postgres.sh start "$work/pg" "$port")
export DATABASE_URL
BRIGHTPATH_PORT=$http_port BRIGHTPATH_RATE_LIMIT_PER_MINUTE=0 BRIGHTPATH_SOLVE_WORKERS=0 \
  BRIGHTPATH_HTTP_THREADS=48 BRIGHTPATH_DB_POOL_SIZE=48 BRIGHTPATH_EDIT_SESSIONS=64 \
  build/native/server/brightpath-server >"$work/server.log" &
server_pid=$!
api=http://127.0.0.1:$http_port/api/v1
until curl -sf "http://127.0.0.1:$http_port/readyz" >/dev/null; do sleep 0.2; done

json='Content-Type: application/json'
token=$(curl -sf $api/auth/signup -H "$json" -d '{"email":"bench@example.org","password":"benchmark password"}' | jq -r .access_token)
auth="Authorization: Bearer $token"
household=$(curl -sf $api/households -H "$auth" -H "$json" -d '{"name":"Bench"}' | jq -r .id)
make_plans() {  # $1 = example file; prints comma-separated ids of $connections plans
  jq -c --arg n bench '{name: $n, plan: .}' "$1" >"$work/create.json"
  local ids=()
  for _ in $(seq "$connections"); do
    ids+=("$(curl -sf $api/households/$household/plans -H "$auth" -H "$json" --data-binary @"$work/create.json" | jq -r .id)")
  done
  (IFS=,; echo "${ids[*]}")
}
family_plans=$(make_plans examples/family.json)
coop_plans=$(make_plans examples/coop-300.json)
read_plan=${family_plans%%,*}

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$server_pid/status"; }
results="$work/results.md"
echo "| scenario | requests/s | p50 | p99 | non-2xx |" >"$results"
echo "|---|---|---|---|---|" >>"$results"
run() {  # $1 = name, then wrk arguments
  local name=$1
  shift
  local out
  out=$(wrk --latency -d "${seconds}s" -c "$connections" "$@" 2>"$work/wrk.err")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "| $name | $rps | $p50 | $p99 | ${errors:-0} |" >>"$results"
  echo "$name: $rps req/s, p50 $p50, p99 $p99" >&2
}
rss_start=$(rss_kib)
run "GET /healthz (trivial route)" -t 2 "http://127.0.0.1:$http_port/healthz"
BODY_FILE=examples/family.json TOKEN=$token \
  run "POST /api/v1/validate (family plan)" -t 2 -s bench/server/post_body.lua "$api/validate"
PLANS=$family_plans HOUSEHOLD=$household TOKEN=$token MODE=document BODY_FILE=examples/family.json \
  run "save the family plan (new version)" -t "$connections" -s bench/server/versioned_save.lua "$api"
PLANS=$coop_plans HOUSEHOLD=$household TOKEN=$token MODE=edit LESSON=L0001 START=12:30 \
  run "save one edit to the co-op plan" -t "$connections" -s bench/server/versioned_save.lua "$api"
TOKEN=$token run "GET a plan (family)" -t 2 -s bench/server/get.lua "$api/households/$household/plans/$read_plan"
rss_loaded=$(rss_kib)
sleep 10
rss_idle=$(rss_kib)

echo
echo "wrk ${seconds} s per scenario, $connections connections, $(nproc) cores"
cat "$results"
echo
echo "server resident memory: $((rss_start / 1024)) MiB before, $((rss_loaded / 1024)) MiB right after the load, $((rss_idle / 1024)) MiB 10 s later"
if [[ -s "$work/wrk.err" ]]; then echo "wrk reported:"; sort "$work/wrk.err" | uniq -c | head; fi
