#!/usr/bin/env bash
# The CLI as scripts and parents use it: exit statuses, output shapes, help, and the
# expected diagnostics of every bundled example (golden files in tests/cli/expected/).
#   BRIGHTPATH_CLI=path/to/brightpath bash tests/cli/cli_contract.sh REPO_ROOT
# Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change of wording.
set -uo pipefail
root=${1:?repository root}
cli=${BRIGHTPATH_CLI:?path to the brightpath binary}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

check() {  # check NAME EXPECTED_STATUS ACTUAL_STATUS [CONDITION_RESULT]
  local name=$1 want=$2 got=$3 ok=${4:-0}
  if [[ $want == "$got" && $ok == 0 ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name (exit $got, wanted $want)"
  fi
}

"$cli" --help >"$tmp/out" 2>&1; s=$?
grep -q "validate" "$tmp/out"; check "--help lists validate" 0 $s $?
"$cli" validate --help >"$tmp/out" 2>&1; s=$?
grep -q "Exit status" "$tmp/out"; check "validate --help explains exit statuses" 0 $s $?
# The exit statuses are stated once in `brightpath --help`; the README says the same words
# and every command's --help covers all four.
"$cli" --help >"$tmp/out" 2>&1; s=$?
statuses=$(sed -n '/^Exit status:/,$p' "$tmp/out" | tr -s ' \n' ' ')
statuses=${statuses% }
readme=$(tr -s ' \n' ' ' <"$root/README.md")
[[ $statuses == "Exit status: 0 "*", 3 "* && $readme == *"$statuses"* ]]
check "README states the exit statuses of --help word for word" 0 $s $?
for command in validate solve generate; do
  "$cli" $command --help >"$tmp/out" 2>&1; s=$?
  help=$(sed -n '/^Exit status:/,$p' "$tmp/out" | tr -s ' \n' ' ')
  [[ $help == "Exit status: 0 "*", 2 "*", 3 "*"cannot be written"* ]]
  check "$command --help names exit statuses 0, 2 and 3" 0 $s $?
done
"$cli" >/dev/null 2>&1; check "no command is a usage error" 2 $?
"$cli" frobnicate >/dev/null 2>&1; check "unknown command is a usage error" 2 $?
"$cli" validate >/dev/null 2>&1; check "validate without a file is a usage error" 2 $?
"$cli" validate "$tmp/missing.json" >/dev/null 2>"$tmp/err"; s=$?
grep -q "cannot read $tmp/missing.json: No such file or directory" "$tmp/err"; check "unreadable file says why" 2 $s $?

echo '{"format":"brightpath-plan","version":1,' >"$tmp/broken.json"
"$cli" validate "$tmp/broken.json" >/dev/null 2>"$tmp/err"; s=$?
grep -q "not a valid plan document" "$tmp/err"; check "malformed JSON exits 2 with the decoder's message" 2 $s $?

sed 's/"version": *1/"version": 7/' "$root/examples/one-child.json" >"$tmp/v7.json"
"$cli" validate "$tmp/v7.json" >/dev/null 2>"$tmp/err"; s=$?
grep -q "/version" "$tmp/err"; check "wrong version names the path" 2 $s $?

"$cli" validate - <"$root/examples/one-child.json" >"$tmp/out"; s=$?
grep -q "0 errors" "$tmp/out"; check "standard input is read with -" 0 $s $?

for plan in "$root"/examples/*.json; do
  name=$(basename "$plan" .json)
  golden="$root/tests/cli/expected/$name.json"
  "$cli" validate "$plan" --json >"$tmp/$name.json"; s=$?
  errors=$(node -e 'const d=JSON.parse(require("fs").readFileSync(process.argv[1]));process.stdout.write(String(d.summary.errors))' "$tmp/$name.json")
  want=0; [[ $errors -gt 0 ]] && want=1
  check "$name: exit status follows the error count" $want $s
  "$cli" validate "$plan" >"$tmp/$name.txt"; s=$?
  check "$name: readable output has the same exit status" $want $s
  # What `validate --help` promises: severity, code, the time it concerns (- for the whole
  # week) and the message, one diagnostic a line, then the counts.
  day='(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) [0-9]{2}:[0-9]{2}–[0-9]{2}:[0-9]{2}'
  ! sed '$d' "$tmp/$name.txt" | grep -Evq "^(error   |warning |info    )[a-z-]+  ($day|-)  [^ ].*$"
  check "$name: each readable line has severity, code, time and message" 0 $? 
  [[ $(sed '$d' "$tmp/$name.txt" | wc -l) == $(node -e 'const d=JSON.parse(require("fs").readFileSync(process.argv[1]));process.stdout.write(String(d.diagnostics.length))' "$tmp/$name.json") ]]
  check "$name: one readable line per diagnostic" 0 $?
  tail -n 1 "$tmp/$name.txt" | grep -Eq '^[0-9]+ errors?, [0-9]+ warnings?, [0-9]+ info$'
  check "$name: readable output ends with the counts" 0 $?
  if [[ ${UPDATE_GOLDEN:-0} == 1 ]]; then
    cp "$tmp/$name.json" "$golden"
    cp "$tmp/$name.txt" "${golden%.json}.txt"
  fi
  if [[ -f ${golden%.json}.txt ]]; then
    cmp -s "$tmp/$name.txt" "${golden%.json}.txt"; check "$name: readable output equals tests/cli/expected/$name.txt" 0 $?
  else
    check "$name: golden file tests/cli/expected/$name.txt exists" 0 1
  fi
  if [[ -f $golden ]]; then
    cmp -s "$tmp/$name.json" "$golden"; check "$name: diagnostics equal tests/cli/expected/$name.json" 0 $?
  else
    check "$name: golden file tests/cli/expected/$name.json exists" 0 1
  fi
done

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
