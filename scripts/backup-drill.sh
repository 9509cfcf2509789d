#!/usr/bin/env bash
# Backup drill: proves that the production-like deployment's PostgreSQL can be restored to a
# point in time, and measures how long it takes, against the objectives of production
# (RTO 4 h: service back within four hours; RPO 1 h: at most one hour of saves lost).
#
#   scripts/backup-drill.sh [RUN_DIR]
#
# RUN_DIR is a running `scripts/prodlike.sh` deployment (default: BRIGHTPATH_PRODLIKE_DIR,
# else var/prodlike). The drill
#   1. takes a base backup of its PostgreSQL (pg_basebackup; WAL archiving is on there),
#   2. saves plan versions through the load balancer (batch A), notes the database's clock
#      as the recovery target, then saves more (batch B),
#   3. restores the base backup plus the archived WAL into a new cluster (its own directory
#      and port, the live one untouched) up to the target (recovery_target_time),
#   4. checks that every save of batch A is there with its document and none of batch B,
#   5. reports the recovery time (from the restore's start until the check passed) and the
#      data loss, and stops the restored cluster.
# Output: readable lines, and RUN_DIR/backup-drill/report.json:
#   {"target_time", "base_backup_seconds", "recovery_seconds", "rto_seconds", "saves_before_target",
#    "saves_before_target_missing", "saves_after_target", "saves_after_target_present",
#    "rpo_exposure_seconds", "rpo_seconds", "passed"}
# Exit status: 0 the restore is complete and exact and within the objectives, 1 otherwise,
# 2 wrong arguments or no running deployment. BRIGHTPATH_DRILL_KEEP=1 keeps the restored
# cluster's files (it is stopped either way). docs/operations/prodlike.md has the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

run_dir=${1:-${BRIGHTPATH_PRODLIKE_DIR:-var/prodlike}}
[[ -s "$run_dir/ports.env" ]] || { echo "backup-drill: no deployment in $run_dir (scripts/prodlike.sh start)" >&2; exit 2; }
run_dir=$(cd "$run_dir" && pwd)
# shellcheck source=/dev/null
source "$run_dir/ports.env"

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
RTO_SECONDS=$((4 * 3600))
RPO_SECONDS=3600
api="http://127.0.0.1:$PORT/api/v1"
drill="$run_dir/backup-drill"
restored_port=$((PG_PORT + 100))

as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
live_sql() { psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -tAc "$1"; }
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# A fresh drill directory the cluster's owner can use.
as_postgres rm -rf "$drill/base" "$drill/restored" 2>/dev/null || rm -rf "$drill/base" "$drill/restored"
mkdir -p "$drill"
[[ $(id -u) -eq 0 ]] && chown postgres: "$drill"
rm -f "$drill/report.json"

restored_data="$drill/restored/data"
restored_sock="$drill/restored/socket"
stop_restored() {
  if as_postgres "$PG_BIN/pg_ctl" -D "$restored_data" status >/dev/null 2>&1; then
    as_postgres "$PG_BIN/pg_ctl" -D "$restored_data" -m fast -w stop >/dev/null
  fi
  if [[ ${BRIGHTPATH_DRILL_KEEP:-0} != 1 ]]; then as_postgres rm -rf "$drill/base" "$drill/restored"; fi
}
trap stop_restored EXIT

# ---- 1. base backup ------------------------------------------------------------------------
sock=$(sed -n 's/.*host=\([^&]*\).*/\1/p' <<<"$DATABASE_URL")
user=$(sed -n 's|^postgresql://\([^@]*\)@.*|\1|p' <<<"$DATABASE_URL")
started=$(now)
as_postgres "$PG_BIN/pg_basebackup" -h "$sock" -p "$PG_PORT" -U "$user" -D "$drill/base" -X stream -c fast
base_backup_seconds=$(seconds_since "$started")
echo "base backup: $drill/base in ${base_backup_seconds} s"

# ---- 2. saves through the load balancer ---------------------------------------------------
json() {  # METHOD PATH [BODY] [IF_MATCH]: prints the answer's body; fails on a non-2xx answer
  local args=(-sS --fail-with-body -X "$1" "$api$2" -H 'Content-Type: application/json')
  [[ -n "${token:-}" ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n "${4:-}" ]] && args+=(-H "If-Match: \"$4\"")
  [[ -n "${3:-}" ]] && args+=(--data-binary "$3")
  curl "${args[@]}"
}
token=""
email="drill-$(date +%s%N)@example.org"
token=$(json POST /auth/signup "{\"email\":\"$email\",\"password\":\"a backup drill passphrase\"}" | jq -r .access_token)
household=$(json POST /households '{"name":"Backup drill"}' | jq -r .id)
plan_doc=$(cat examples/family.json)
plan=$(jq -n --argjson p "$plan_doc" '{name: "Drill week", plan: $p}' | json POST "/households/$household/plans" @- | jq -r .id)
version=1
save() {  # NAME: a new version whose plan is named NAME; prints nothing, sets version
  local body
  body=$(jq -c --arg n "$1" '.name = $n' <<<"$plan_doc")
  version=$(json POST "/households/$household/plans/$plan/versions" "$body" "$version" | jq -r .version)
}
batch_size=${BRIGHTPATH_DRILL_SAVES:-10}
for ((i = 1; i <= batch_size; i++)); do save "drill A $i"; done
last_before=$version
# The target is the database's own clock (recovery compares it with commit times), taken
# after batch A was acknowledged and before batch B started.
target_time=$(live_sql "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
sleep 0.2
for ((i = 1; i <= batch_size; i++)); do save "drill B $i"; done
last_after=$version
echo "saved versions 2..$last_before before the target ($target_time) and $((last_before + 1))..$last_after after it"

# Finish the current WAL segment and wait until it is archived, as archive_timeout would
# within a minute: the restore can then reach past the target.
segment=$(live_sql "SELECT pg_walfile_name(pg_switch_wal())")
for ((i = 0; i < 300; i++)); do
  [[ -f "$run_dir/wal-archive/$segment" ]] && break
  sleep 0.1
done
[[ -f "$run_dir/wal-archive/$segment" ]] || { echo "backup-drill: WAL segment $segment was not archived within 30 s" >&2; exit 1; }
rpo_exposure=$(live_sql "SHOW archive_timeout" | sed 's/s$//')
case $rpo_exposure in *min) rpo_exposure=$((${rpo_exposure%min} * 60)) ;; esac

# ---- 3. restore into a new cluster --------------------------------------------------------
started=$(now)
as_postgres mkdir -p "$drill/restored" "$restored_sock"
as_postgres cp -a "$drill/base" "$restored_data"
chmod 700 "$restored_sock"
# Recovery settings; archiving off so the copy never writes into the live cluster's archive.
as_postgres tee -a "$restored_data/postgresql.auto.conf" >/dev/null <<EOF
restore_command = 'cp $run_dir/wal-archive/%f %p'
recovery_target_time = '$target_time'
recovery_target_action = 'promote'
archive_mode = off
EOF
as_postgres touch "$restored_data/recovery.signal"
# Recovery refuses to run with fewer connections than the cluster it replays had.
max_connections=$(live_sql "SHOW max_connections")
as_postgres "$PG_BIN/pg_ctl" -D "$restored_data" -l "$drill/restored/postgres.log" -w -t 300 \
  -o "-k $restored_sock -p $restored_port -c listen_addresses='' -c max_connections=$max_connections" start >/dev/null
restored_url="postgresql://$user@/brightpath?host=$restored_sock&port=$restored_port"
restored_sql() { psql "$restored_url" -v ON_ERROR_STOP=1 -tAc "$1"; }
for ((i = 0; i < 3000; i++)); do
  [[ $(restored_sql "SELECT pg_is_in_recovery()" 2>/dev/null) == f ]] && break
  sleep 0.1
done
[[ $(restored_sql "SELECT pg_is_in_recovery()") == f ]] || { echo "backup-drill: the restored cluster did not finish recovery" >&2; exit 1; }

# ---- 4. check -----------------------------------------------------------------------------
names=$(restored_sql "SELECT version || ' ' || (document::json ->> 'name') FROM plan_versions
                      WHERE plan_id = '$plan' AND version > 1 ORDER BY version")
missing=0
for ((v = 2; v <= last_before; v++)); do
  grep -qx "$v drill A $((v - 1))" <<<"$names" || { echo "missing after the restore: version $v" >&2; missing=$((missing + 1)); }
done
present_after=$(restored_sql "SELECT count(*) FROM plan_versions WHERE plan_id = '$plan' AND version > $last_before")
current=$(restored_sql "SELECT current_version FROM plans WHERE id = '$plan'")
[[ $current == "$last_before" ]] || { echo "the restored plan is at version $current, expected $last_before" >&2; missing=$((missing + 1)); }
recovery_seconds=$(seconds_since "$started")

# ---- 5. report ----------------------------------------------------------------------------
passed=false
if ((missing == 0 && present_after == 0)) &&
  awk -v r="$recovery_seconds" -v o="$RTO_SECONDS" 'BEGIN { exit !(r < o) }' && ((rpo_exposure <= RPO_SECONDS)); then
  passed=true
fi
jq -n --arg target "$target_time" --argjson base "$base_backup_seconds" --argjson rec "$recovery_seconds" \
  --argjson rto "$RTO_SECONDS" --argjson before "$((last_before - 1))" --argjson missing "$missing" \
  --argjson after "$((last_after - last_before))" --argjson present "$present_after" \
  --argjson exposure "$rpo_exposure" --argjson rpo "$RPO_SECONDS" --argjson passed "$passed" \
  '{target_time: $target, base_backup_seconds: $base, recovery_seconds: $rec, rto_seconds: $rto,
    saves_before_target: $before, saves_before_target_missing: $missing,
    saves_after_target: $after, saves_after_target_present: $present,
    rpo_exposure_seconds: $exposure, rpo_seconds: $rpo, passed: $passed}' >"$drill/report.json"
echo "restored to $target_time: $((last_before - 1)) saves before the target, $missing missing;" \
  "$((last_after - last_before)) after it, $present_after present"
echo "recovery time: ${recovery_seconds} s (objective RTO ${RTO_SECONDS} s)"
echo "data loss: $missing acknowledged saves; at most ${rpo_exposure} s of commits wait for archiving (objective RPO ${RPO_SECONDS} s)"
echo "report: $drill/report.json"
[[ $passed == true ]] || { echo "backup-drill: FAILED" >&2; exit 1; }
echo "backup drill passed"
