#!/usr/bin/env bash
# The worst case the decoder accepts, validated by the native CLI: plans at every documented
# limit at once (tests/stress/worst_plans.mjs). Records time and peak memory, and fails when
# validation does not finish with a verdict (exit 1: the plans are full of errors) or goes
# past the documented bound (docs/plan-format.md "Output limits and the worst case") by more
# than a wide margin, so a return of quadratic behaviour is caught without timing a unit test.
set -euo pipefail
cli=${BRIGHTPATH_CLI:?set BRIGHTPATH_CLI to the brightpath binary}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node "$root/tests/stress/worst_plans.mjs" "$work" >/dev/null

max_kb=$((450 * 1024))   # documented bound 300 MB; fail well past it
max_s=10                 # CPU seconds; documented bound 1 s (CPU time: CI machines are shared)
passed=0 failed=0
for plan in largest overlap; do
  status=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/$plan.time" "$cli" validate "$work/$plan.json" --json >"$work/$plan.out" || status=$?
  read -r wall user sys kb < <(tail -n 1 "$work/$plan.time")  # after "Command exited with ..."
  seconds=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  bytes=$(wc -c <"$work/$plan.out")
  echo "stress $plan: exit $status, ${seconds} s CPU (${wall} s wall), peak $((kb / 1024)) MB, output $((bytes / 1024)) KB"
  if [[ $status -eq 1 ]] && (( kb < max_kb )) && awk -v s="$seconds" -v m="$max_s" 'BEGIN { exit !(s < m) }'; then
    passed=$((passed + 1))
  else
    echo "FAIL: stress $plan (wanted exit 1, under $((max_kb / 1024)) MB and $max_s CPU seconds)"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
((failed == 0))
