#!/usr/bin/env bash
# The `brightpath solve` contract: exit statuses 0/1/2/4 and the --json shape.
# Usage: BRIGHTPATH_CLI=path/to/brightpath bash tests/cli/solve_contract.sh REPO_ROOT
set -euo pipefail
root=${1:?usage: BRIGHTPATH_CLI=... solve_contract.sh REPO_ROOT}
cli=${BRIGHTPATH_CLI:?set BRIGHTPATH_CLI to the brightpath binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

expect_status() {  # expect_status WANT DESCRIPTION -- COMMAND...
  local want=$1 what=$2
  shift 3
  local got=0
  "$@" >"$work/out" 2>"$work/err" || got=$?
  if [[ $got -ne $want ]]; then
    echo "FAIL: $what: exit $got, expected $want" >&2
    sed 's/^/  stderr: /' "$work/err" | head -20 >&2
    failures=$((failures + 1))
  else
    echo "ok: $what"
  fi
}

check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAIL: $what" >&2; failures=$((failures + 1)); fi
}

# 0: a feasible week; the output is a plan that validates without errors.
expect_status 0 "family example solves" -- "$cli" solve "$root/examples/family.json" --time-limit 500 -o "$work/solved.json"
expect_status 0 "solved plan validates" -- "$cli" validate "$work/solved.json"
expect_status 0 "standard input works" -- "$cli" solve - --seed 3 --time-limit 200 <"$root/examples/one-child.json"
check "plan written to stdout" grep -q '"format":"brightpath-plan"' "$work/out"
check "summary on stderr" grep -q 'brightpath solve: feasible' "$work/err"

# 1: no complete week exists (one child, one hour a day, six hours of reading).
cat >"$work/impossible.json" <<'JSON'
{"format":"brightpath-plan","version":1,"timeZone":"UTC",
 "week":{"schoolDays":["mon","tue","wed","thu","fri"],"start":"09:00","end":"10:00","grid":15},
 "students":[{"id":"ada","name":"Ada"}],
 "courses":[{"id":"reading","subject":"Reading","students":["ada"],"sessionsPerWeek":6,
             "minutesPerSession":60,"teaching":"independent"}]}
JSON
expect_status 1 "impossible week is infeasible" -- "$cli" solve "$work/impossible.json" --time-limit 200
check "explanation on stderr" grep -q '(proved) Ada has 6 h of lessons a week but 5 h of school time.' "$work/err"
check "best partial week on stdout" grep -q '"reading-s1"' "$work/out"

# --json: one object with the documented keys.
expect_status 1 "--json on an impossible week" -- "$cli" solve "$work/impossible.json" --json --time-limit 200
for key in status score breakdown statistics unplaced removed explanations plan; do
  check "--json has \"$key\"" grep -q "\"$key\":" "$work/out"
done
check "--json status" grep -q '"status":"infeasible"' "$work/out"
check "--json unplaced" grep -q '"unplaced":\[{"course":"reading","count":1}\]' "$work/out"
check "--json is one line" test "$(wc -l <"$work/out")" -eq 1
if command -v python3 >/dev/null; then
  check "--json parses" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert set(d)=={"status","score","breakdown","statistics","unplaced","removed","explanations","plan"}; assert set(d["score"])=={"hard","soft"}; assert d["explanations"][0]["proof"] is True' "$work/out"
fi

# 4: no complete week was found, and nothing proves there is none: three children, each in
# two of three one-hour classes on a Monday of two school hours (the classes would need three
# different hours of two; every count of minutes fits): incomplete, never infeasible. Without
# a time limit, so the answer does not depend on the machine's speed.
cat >"$work/odd-cycle.json" <<'JSON'
{"format":"brightpath-plan","version":1,"timeZone":"UTC",
 "week":{"schoolDays":["mon"],"start":"08:00","end":"15:00","grid":15},
 "guardians":[{"id":"mom","name":"Mom","availability":[{"day":"mon","start":"08:00","end":"15:00"}]},
              {"id":"dad","name":"Dad","availability":[{"day":"mon","start":"08:00","end":"15:00"}]},
              {"id":"gran","name":"Gran","availability":[{"day":"mon","start":"08:00","end":"15:00"}]}],
 "students":[{"id":"ada","name":"Ada","day":{"start":"09:00","end":"11:00"}},
             {"id":"ben","name":"Ben","day":{"start":"09:00","end":"11:00"}},
             {"id":"cal","name":"Cal","day":{"start":"09:00","end":"11:00"}}],
 "courses":[{"id":"art","subject":"Art","students":["ada","ben"],"sessionsPerWeek":1,"minutesPerSession":60,"teaching":"teacher-led"},
            {"id":"bio","subject":"Biology","students":["ben","cal"],"sessionsPerWeek":1,"minutesPerSession":60,"teaching":"teacher-led"},
            {"id":"chem","subject":"Chemistry","students":["cal","ada"],"sessionsPerWeek":1,"minutesPerSession":60,"teaching":"teacher-led"}]}
JSON
expect_status 4 "no complete week found is incomplete" -- "$cli" solve "$work/odd-cycle.json" --json --time-limit 0 --max-iterations 2000
check "--json status incomplete" grep -q '"status":"incomplete"' "$work/out"
check "incomplete names what is most contested" grep -q '"code":"most-contested"' "$work/out"
check "incomplete proves nothing" bash -c '! grep -q "\"proof\":true" "$1"' _ "$work/out"

# A lesson that may move and finds no place again is listed as removed.
cat >"$work/removed.json" <<'JSON'
{"format":"brightpath-plan","version":1,"timeZone":"UTC",
 "week":{"schoolDays":["mon"],"start":"09:00","end":"10:00","grid":15},
 "students":[{"id":"ada","name":"Ada"}],
 "courses":[{"id":"reading","subject":"Reading","students":["ada"],"sessionsPerWeek":1,
             "minutesPerSession":60,"teaching":"independent"},
            {"id":"art","subject":"Art","students":["ada"],"sessionsPerWeek":1,
             "minutesPerSession":60,"teaching":"independent"}],
 "placements":[{"id":"read-mon","course":"reading","day":"mon","start":"09:00","duration":60},
               {"id":"art-mon","course":"art","day":"mon","start":"09:00","duration":60}]}
JSON
expect_status 1 "a clash that cannot be repaired" -- "$cli" solve "$work/removed.json" --move-all --time-limit 200
check "the removed lesson is named" grep -qE 'removed: lesson (read-mon|art-mon)' "$work/err"

# Several seeds on threads, and the stall limit.
expect_status 0 "--seeds 2 keeps the best of two searches" -- "$cli" solve "$root/examples/family.json" --seeds 2 --time-limit 300
expect_status 0 "--stall-limit with no time limit" -- "$cli" solve "$root/examples/family.json" --time-limit 0 --stall-limit 500
expect_status 2 "--seeds 0" -- "$cli" solve "$root/examples/family.json" --seeds 0
check "--seeds names its range" grep -q -- '--seeds must be a whole number from 1 to 64' "$work/err"
expect_status 2 "--seeds 65" -- "$cli" solve "$root/examples/family.json" --seeds 65
expect_status 2 "a search that could never stop" -- "$cli" solve "$root/examples/family.json" --time-limit 0 --stall-limit 0
check "it says why" grep -q 'would never stop' "$work/err"

# Determinism: same seed and iteration limit, same output.
"$cli" solve "$root/examples/family.json" --move-all --seed 9 --time-limit 0 --max-iterations 3000 >"$work/a.json" 2>/dev/null || true
"$cli" solve "$root/examples/family.json" --move-all --seed 9 --time-limit 0 --max-iterations 3000 >"$work/b.json" 2>/dev/null || true
check "same seed, same week" cmp -s "$work/a.json" "$work/b.json"

# 2: bad input and bad arguments.
echo '{"format":"brightpath-plan"' >"$work/broken.json"
expect_status 2 "malformed JSON" -- "$cli" solve "$work/broken.json"
sed 's/"students":\["ada"\]/"students":["nobody"]/' "$work/impossible.json" >"$work/dangling.json"
expect_status 2 "unknown reference is invalid input" -- "$cli" solve "$work/dangling.json"
expect_status 2 "missing file argument" -- "$cli" solve
expect_status 2 "unknown option" -- "$cli" solve "$root/examples/family.json" --fast
expect_status 2 "bad seed" -- "$cli" solve "$root/examples/family.json" --seed abc
expect_status 2 "unreadable file" -- "$cli" solve "$work/nope.json"
expect_status 0 "--help" -- "$cli" solve --help
check "--help names the exit statuses" grep -q 'Exit status' "$work/out"

if [[ $failures -gt 0 ]]; then
  echo "$failures solve contract check(s) failed" >&2
  exit 1
fi
echo "solve contract: all checks passed"
