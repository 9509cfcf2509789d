#!/usr/bin/env bash
# BrightPath's production-like deployment on one machine (docs/operations/prodlike.md):
# nginx as the load balancer and static file server in front of two brightpath-server
# processes, one `brightpath-server --worker`, one PostgreSQL 15 with WAL archiving and one
# Redis, every file under one run directory.
#
#   scripts/prodlike.sh start              # builds what is missing, starts everything, waits until ready
#   scripts/prodlike.sh status             # each process, its pid and port; exit 0 when all run
#   scripts/prodlike.sh stop               # stops everything cleanly (requests in progress finish)
#   scripts/prodlike.sh restart NAME       # api1, api2 or worker: replaced one at a time, see below
#
# Environment:
#   BRIGHTPATH_PRODLIKE_DIR   run directory (default var/prodlike)
#   BRIGHTPATH_PRODLIKE_PORT  nginx's port (default 8090); the servers, PostgreSQL and Redis
#                             take the next four (api1 +1, api2 +2, PostgreSQL +3, Redis +4)
#   BRIGHTPATH_SERVER_BIN     the brightpath-server binary to start (default
#                             build/native/server/brightpath-server, built when missing);
#                             `restart` with another binary is a rolling upgrade
#   BRIGHTPATH_WEB_DIST       the web app's built files (default web/dist)
#   BRIGHTPATH_*              every other server setting is passed on (README "Configuration")
#
# `restart api1` takes api1 out of nginx's pool (marked down, nginx reloaded, the old nginx
# workers' requests finished), stops it with SIGTERM (its requests in progress finish),
# starts it again with BRIGHTPATH_SERVER_BIN, waits for /readyz and puts it back: no request
# is lost or refused, which is what the rolling upgrade relies on. It also starts a server
# that died (say, killed with SIGKILL).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

cmd=${1:-}
run_dir=${BRIGHTPATH_PRODLIKE_DIR:-var/prodlike}
mkdir -p "$run_dir"
run_dir=$(cd "$run_dir" && pwd)
server_bin=${BRIGHTPATH_SERVER_BIN:-build/native/server/brightpath-server}
server_bin=$(realpath -m "$server_bin")
web_dist=${BRIGHTPATH_WEB_DIST:-web/dist}

die() { echo "prodlike: $*" >&2; exit 1; }
usage() { sed -n '/^#   scripts/p' "$0" | sed 's/^#   //' >&2; exit 2; }

pid_of() { [[ -s "$run_dir/pids/$1.pid" ]] && cat "$run_dir/pids/$1.pid" || true; }
# The processes outlive this script, so their parent is init, which may take a while to reap
# one that died: a zombie counts as gone.
alive() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [[ $state != Z* ]]
}
running() {
  local pid
  pid=$(pid_of "$1")
  [[ -n "$pid" ]] && alive "$pid"
}
# Waits up to $2 seconds for process $1 to end; then kills it.
wait_gone() {
  local pid=$1 limit=$(($2 * 10))
  for ((i = 0; i < limit; i++)); do alive "$pid" || return 0; sleep 0.1; done
  echo "prodlike: process $pid did not stop within $2 s: killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
}
stop_process() {  # NAME [SIGNAL]
  local pid
  pid=$(pid_of "$1")
  if [[ -n "$pid" ]] && alive "$pid"; then
    kill -"${2:-TERM}" "$pid" 2>/dev/null || true
    wait_gone "$pid" 30
  fi
  rm -f "$run_dir/pids/$1.pid"
}

load_ports() {
  [[ -s "$run_dir/ports.env" ]] || die "nothing was started in $run_dir (run: scripts/prodlike.sh start)"
  # shellcheck source=/dev/null
  source "$run_dir/ports.env"
}

# ---- the two API servers and the worker ---------------------------------------------------

server_port() { case $1 in api1) echo "$API1_PORT" ;; api2) echo "$API2_PORT" ;; esac; }

start_server() {  # api1 | api2 | worker
  local name=$1 port args=()
  [[ -x "$server_bin" ]] || die "no server binary at $server_bin"
  if [[ $name == worker ]]; then
    args=(--worker)
  else
    port=$(server_port "$name")
  fi
  # Settings every process of this deployment shares; the caller's BRIGHTPATH_* pass through.
  # The API servers leave solving to the worker process, as the production services do.
  (
    export BRIGHTPATH_ENV=production DATABASE_URL REDIS_URL BRIGHTPATH_TRUST_PROXY=1
    BRIGHTPATH_SIGNING_KEY=$(cat "$run_dir/signing-key")
    export BRIGHTPATH_SIGNING_KEY
    if [[ $name == worker ]]; then
      export BRIGHTPATH_SOLVE_WORKERS=${BRIGHTPATH_WORKER_SOLVE_WORKERS:-1}
    else
      export BRIGHTPATH_PORT=$port BRIGHTPATH_HOST=127.0.0.1 BRIGHTPATH_SOLVE_WORKERS=0
    fi
    # Its own session: a signal to the caller's process group does not reach it.
    exec setsid "$server_bin" "${args[@]}" >>"$run_dir/logs/$name.log" 2>&1 </dev/null
  ) &
  echo $! >"$run_dir/pids/$name.pid"
  echo "$server_bin" >"$run_dir/pids/$name.bin"
  if [[ $name == worker ]]; then
    sleep 0.5
    running worker || die "the worker stopped at once; see $run_dir/logs/worker.log"
    return
  fi
  for ((i = 0; i < 600; i++)); do
    if ! running "$name"; then
      tail -n 20 "$run_dir/logs/$name.log" >&2
      die "$name stopped while starting; see $run_dir/logs/$name.log"
    fi
    if curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; then return 0; fi
    sleep 0.1
  done
  die "$name was not ready within 60 s; see $run_dir/logs/$name.log"
}

# ---- nginx --------------------------------------------------------------------------------

render_nginx_conf() {
  local root=$web_dist down1="" down2=""
  if [[ ! -f "$root/index.html" ]]; then
    # Not built yet: a page that says how, so the deployment still starts.
    root="$run_dir/www"
    mkdir -p "$root"
    echo '<!doctype html><title>BrightPath</title><p>The web app is not built: npm --prefix web ci &amp;&amp; npm --prefix web run build' \
      >"$root/index.html"
  fi
  root=$(cd "$root" && pwd)
  [[ -e "$run_dir/nginx/down-api1" ]] && down1=" down"
  [[ -e "$run_dir/nginx/down-api2" ]] && down2=" down"
  sed -e "s|@RUN_DIR@|$run_dir|g" -e "s|@DEPLOY_DIR@|$repo/deploy/local|g" -e "s|@WEB_ROOT@|$root|g" \
    -e "s|@PORT@|$PORT|g" -e "s|@API1_PORT@|$API1_PORT|g" -e "s|@API2_PORT@|$API2_PORT|g" \
    -e "s|@API1_DOWN@|$down1|g" -e "s|@API2_DOWN@|$down2|g" \
    deploy/local/nginx.conf.template >"$run_dir/nginx/nginx.conf.new"
  mv "$run_dir/nginx/nginx.conf.new" "$run_dir/nginx/nginx.conf"
}
nginx_cmd() { nginx -p "$run_dir/nginx" -e "$run_dir/logs/nginx-error.log" -c "$run_dir/nginx/nginx.conf" "$@"; }

# A reload starts new nginx workers and lets the old ones finish their requests; only when
# they have is a server marked down certainly getting nothing more.
reload_nginx() {
  local master old
  master=$(pid_of nginx)
  old=$(pgrep -P "$master" || true)
  nginx_cmd -t -q
  nginx_cmd -s reload
  for ((i = 0; i < 200; i++)); do
    local left=0
    for p in $old; do alive "$p" && left=1; done
    [[ $left == 0 ]] && [[ -n $(pgrep -P "$master" || true) ]] && return 0
    sleep 0.1
  done
  die "nginx's old workers did not finish within 20 s"
}

# ---- PostgreSQL and Redis -----------------------------------------------------------------

pg() { server/run-local-postgres.sh "$1" "$run_dir/postgres" "$PG_PORT"; }
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# WAL archiving for point-in-time recovery (scripts/backup-drill.sh): every finished WAL
# segment is copied into wal-archive/, and at least once a minute a segment is finished, so
# at most a minute of commits exists only on this cluster's disk (the RPO exposure).
start_postgres() {
  DATABASE_URL=$(pg start)
  mkdir -p "$run_dir/wal-archive"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$run_dir/wal-archive"
  if [[ $(psql "$DATABASE_URL" -tAc "SHOW archive_mode") != on ]]; then
    psql "$DATABASE_URL" -q -v ON_ERROR_STOP=1 \
      -c "ALTER SYSTEM SET archive_mode = on" \
      -c "ALTER SYSTEM SET archive_command = 'test ! -f $run_dir/wal-archive/%f && cp %p $run_dir/wal-archive/%f'" \
      -c "ALTER SYSTEM SET archive_timeout = '60s'"
    pg stop  # archive_mode takes effect only at a start
    DATABASE_URL=$(pg start)
  fi
}

start_redis() {
  mkdir -p "$run_dir/redis"
  # A cache and counters, nothing to keep: no snapshots, no append-only file.
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --dir "$run_dir/redis" \
    --daemonize yes --pidfile "$run_dir/pids/redis.pid" --logfile "$run_dir/logs/redis.log"
  for ((i = 0; i < 100; i++)); do
    [[ $(redis-cli -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]] && return 0
    sleep 0.1
  done
  die "Redis did not answer within 10 s; see $run_dir/logs/redis.log"
}

# ---- commands -----------------------------------------------------------------------------

do_start() {
  if [[ -s "$run_dir/ports.env" ]] && { running nginx || running api1 || running api2; }; then
    die "already running in $run_dir (scripts/prodlike.sh status)"
  fi
  if [[ -z "${BRIGHTPATH_SERVER_BIN:-}" ]]; then
    scripts/install-deps.sh
    cmake --preset native >/dev/null
    cmake --build --preset native --target brightpath-server
  fi
  command -v nginx >/dev/null || die "nginx is not installed (scripts/install-deps.sh installs it)"
  command -v redis-server >/dev/null || die "redis-server is not installed (scripts/install-deps.sh installs it)"
  mkdir -p "$run_dir"/{logs,pids,nginx/tmp}
  rm -f "$run_dir"/nginx/down-*
  local base=${BRIGHTPATH_PRODLIKE_PORT:-8090}
  PORT=$base API1_PORT=$((base + 1)) API2_PORT=$((base + 2)) PG_PORT=$((base + 3)) REDIS_PORT=$((base + 4))
  REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
  if [[ ! -s "$run_dir/signing-key" ]]; then
    (umask 077 && head -c 48 /dev/urandom | base64 -w0 >"$run_dir/signing-key")
  fi

  start_postgres
  cat >"$run_dir/ports.env" <<EOF
PORT=$PORT
API1_PORT=$API1_PORT
API2_PORT=$API2_PORT
PG_PORT=$PG_PORT
REDIS_PORT=$REDIS_PORT
DATABASE_URL='$DATABASE_URL'
REDIS_URL='$REDIS_URL'
EOF
  start_redis
  # Migrations run once, before any new server serves: the deployment's own step, as a
  # one-off task would in production (servers starting together would also agree).
  (export DATABASE_URL; "$server_bin" --migrate-only >>"$run_dir/logs/migrate.log" 2>&1) ||
    die "migrations failed; see $run_dir/logs/migrate.log"
  start_server api1
  start_server api2
  start_server worker
  render_nginx_conf
  nginx_cmd -t -q
  nginx_cmd
  for ((i = 0; i < 100; i++)); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break
    sleep 0.1
  done
  echo "BrightPath (production-like): http://127.0.0.1:$PORT  (API under /api/v1; run directory $run_dir)"
}

do_stop() {
  [[ -s "$run_dir/ports.env" ]] || return 0
  load_ports
  # Front to back, so nothing is sent to a process already stopped.
  if running nginx; then
    local master
    master=$(pid_of nginx)
    nginx_cmd -s quit 2>/dev/null || kill -QUIT "$master"
    wait_gone "$master" 30
    rm -f "$run_dir/pids/nginx.pid"
  fi
  stop_process api1
  stop_process api2
  stop_process worker
  if running redis; then stop_process redis; fi
  pg stop
  echo "stopped (run directory $run_dir kept)"
}

do_status() {
  load_ports
  local all=0
  line() { printf '%-8s %-8s %s\n' "$@"; }
  for name in nginx api1 api2 worker redis; do
    if running "$name"; then
      local extra=""
      case $name in
        nginx) extra="http://127.0.0.1:$PORT" ;;
        api1 | api2)
          extra="port $(server_port "$name"), readyz $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(server_port "$name")/readyz" || true)"
          if [[ -e "$run_dir/nginx/down-$name" ]]; then extra+=", out of the pool"; fi
          ;;
        redis) extra="port $REDIS_PORT" ;;
      esac
      line "$name" "$(pid_of "$name")" "$extra"
    else
      line "$name" stopped ""
      all=3
    fi
  done
  if as_postgres /usr/lib/postgresql/15/bin/pg_ctl -D "$run_dir/postgres/data" status >/dev/null 2>&1; then
    line postgres running "port $PG_PORT, WAL archive $run_dir/wal-archive"
  else
    line postgres stopped ""
    all=3
  fi
  return $all
}

do_restart() {
  local name=${1:-}
  load_ports
  case $name in
    api1 | api2)
      touch "$run_dir/nginx/down-$name"
      render_nginx_conf
      reload_nginx
      stop_process "$name"
      start_server "$name"
      rm -f "$run_dir/nginx/down-$name"
      render_nginx_conf
      reload_nginx
      ;;
    worker)
      stop_process worker  # SIGTERM: its job goes back to the queue at once
      start_server worker
      ;;
    *) usage ;;
  esac
  echo "$name restarted with $server_bin"
}

case $cmd in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  restart) do_restart "${2:-}" ;;
  *) usage ;;
esac
