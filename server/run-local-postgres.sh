#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for development and tests: its own data directory, a
# Unix socket in a private directory and a private port, no TCP listener, trust
# authentication (only the cluster's owner and root can reach the socket directory).
#
#   server/run-local-postgres.sh start DIR [PORT]   # init once, start; prints DATABASE_URL
#   server/run-local-postgres.sh stop DIR
#
# initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user on a
# directory that user owns. The data survive restarts: `start` on an existing DIR reuses it.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:?usage: run-local-postgres.sh start|stop DIR [PORT]}
dir=${2:?usage: run-local-postgres.sh start|stop DIR [PORT]}
port=${3:-5433}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data="$dir/data"
sock="$dir/socket"

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$dir"
  # The unprivileged owner must be able to reach its directory through every parent.
  p=$(dirname "$dir")
  while [[ "$p" != "/" ]]; do chmod o+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done
fi
user=$(if [[ $(id -u) -eq 0 ]]; then echo postgres; else id -un; fi)

case "$cmd" in
  start)
    if [[ ! -f "$data/PG_VERSION" ]]; then
      as_owner "$PG_BIN/initdb" -D "$data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    as_owner mkdir -p "$sock"
    chmod 700 "$sock"
    if ! as_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
        -o "-k $sock -p $port -c listen_addresses='' -c max_connections=200" start >/dev/null
    fi
    # The application database, created once.
    if ! as_owner "$PG_BIN/psql" -h "$sock" -p "$port" -U "$user" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'brightpath'" | grep -q 1; then
      as_owner "$PG_BIN/createdb" -h "$sock" -p "$port" -U "$user" brightpath
    fi
    echo "postgresql://$user@/brightpath?host=$sock&port=$port"
    ;;
  stop)
    if as_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      as_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    fi
    ;;
  *) echo "unknown command: $cmd" >&2; exit 2 ;;
esac
