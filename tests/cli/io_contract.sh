#!/usr/bin/env bash
# The CLI under hostile input and failing output: endless or huge inputs are refused at the
# decoder's limit without reading them whole, unreadable inputs are named with the system's
# reason (never an abort), and a failed write is an error (exit 3) that leaves a file given
# with -o as it was.
#   BRIGHTPATH_CLI=path/to/brightpath bash tests/cli/io_contract.sh REPO_ROOT
set -uo pipefail
root=${1:?repository root}
cli=${BRIGHTPATH_CLI:?path to the brightpath binary}
[[ $cli == */* ]] && cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
plan=$root/examples/family.json
# Run inside the scratch directory: a relative path in a message reads as a user types it,
# and whatever a broken build writes lands there.
cd "$tmp" || exit 1
mkdir examples
passed=0
failed=0

check() {  # check NAME EXPECTED_STATUS ACTUAL_STATUS [CONDITION_RESULT]
  local name=$1 want=$2 got=$3 ok=${4:-0}
  if [[ $want == "$got" && $ok == 0 ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name (exit $got, wanted $want)"
    sed 's/^/  stderr: /' "$tmp/err" 2>/dev/null | head -5
  fi
}

# The old behaviour was to read without bound until memory ran out; cap the address space
# (where the build allows it: AddressSanitizer reserves terabytes up front) and the time, so
# a regression fails here instead of taking the machine down or hanging CI.
cap="ulimit -v 4194304"
bash -c "$cap"' && "$1" --help; exit $?' probe "$cli" >/dev/null 2>&1 || cap=":"
guarded() { (eval "$cap" && exec timeout 30 "$@"); }

oversized='more than the limit; expected at most [0-9]+ bytes'

# --- Reading stops at the decoder's limit --------------------------------------------------
guarded "$cli" validate /dev/zero >/dev/null 2>"$tmp/err"; s=$?
grep -Eq "^brightpath: /dev/zero is not a valid plan document" "$tmp/err" &&
  grep -Eq "$oversized" "$tmp/err" && grep -q "the input may be longer" "$tmp/err"
check "validate /dev/zero is refused at the limit with the decoder's words" 2 $s $?

guarded "$cli" solve /dev/zero >/dev/null 2>"$tmp/err"; s=$?
grep -Eq "$oversized" "$tmp/err"; check "solve /dev/zero is refused at the limit" 2 $s $?

yes | guarded "$cli" validate - >/dev/null 2>"$tmp/err"; s=${PIPESTATUS[1]}
grep -Eq "^brightpath: standard input is not a valid plan document" "$tmp/err" &&
  grep -Eq "$oversized" "$tmp/err"
check "an endless pipe is refused at the limit" 2 $s $?

yes | guarded "$cli" solve - >/dev/null 2>"$tmp/err"; s=${PIPESTATUS[1]}
grep -Eq "$oversized" "$tmp/err"; check "solve refuses an endless pipe at the limit" 2 $s $?

# A 200 MB file (sparse: quick to make) is refused after reading about the limit, not all of it.
truncate -s 200M "$tmp/huge.json"
if [[ -x /usr/bin/time ]]; then
  guarded /usr/bin/time -f %M -o "$tmp/peak" "$cli" validate "$tmp/huge.json" >/dev/null 2>"$tmp/err"; s=$?
  peak_kib=$(tail -1 "$tmp/peak")
  grep -Eq "$oversized" "$tmp/err" && [[ $peak_kib =~ ^[0-9]+$ && $peak_kib -lt 102400 ]]
  check "a 200 MB file is refused with under 100 MiB of memory (peak ${peak_kib:-?} KiB)" 2 $s $?
else
  failed=$((failed + 1))
  echo "FAIL: /usr/bin/time is missing (scripts/install-deps.sh installs the time package)"
fi

# --- Unreadable inputs are named with the system's reason ----------------------------------
expect_read_error() {  # expect_read_error NAME EXPECTED_STDERR_LINE COMMAND...
  local name=$1 want=$2
  shift 2
  guarded "$@" >/dev/null 2>"$tmp/err"; local s=$?
  [[ $(cat "$tmp/err") == "$want" ]]; check "$name" 2 $s $?
}
expect_read_error "a directory is refused, not an abort" \
  "brightpath: cannot read examples/: Is a directory" "$cli" validate examples/
expect_read_error "solve refuses a directory too" \
  "brightpath: cannot read examples/: Is a directory" "$cli" solve examples/
expect_read_error "a missing file names the reason" \
  "brightpath: cannot read $tmp/missing.json: No such file or directory" "$cli" validate "$tmp/missing.json"
expect_read_error "a path through a file names the reason" \
  "brightpath: cannot read $plan/x.json: Not a directory" "$cli" validate "$plan/x.json"
# Opens fine, then every read fails (address 0 of the process is never mapped).
expect_read_error "a failing read names the reason" \
  "brightpath: cannot read /proc/self/mem: Input/output error" "$cli" validate /proc/self/mem
guarded "$cli" validate - <examples/ >/dev/null 2>"$tmp/err"; s=$?
[[ $(cat "$tmp/err") == "brightpath: cannot read standard input: Is a directory" ]]
check "standard input that is a directory is refused" 2 $s $?
guarded "$cli" validate - <&- >/dev/null 2>"$tmp/err"; s=$?
[[ $(cat "$tmp/err") == "brightpath: cannot read standard input: Bad file descriptor" ]]
check "closed standard input is refused" 2 $s $?
mkfifo "$tmp/fifo"
# The writer gives up after a while too, should the reader never open the FIFO.
timeout 30 bash -c 'cat "$1" >"$2"' writer "$plan" "$tmp/fifo" &
guarded "$cli" validate "$tmp/fifo" >"$tmp/out" 2>"$tmp/err"; s=$?
wait
grep -q " errors, " "$tmp/out"; check "a FIFO is read like a file" 0 $s $?

# --- Failed writes are errors --------------------------------------------------------------
expect_write_error() {  # expect_write_error NAME COMMAND... (standard output is /dev/full)
  local name=$1
  shift
  "$@" >/dev/full 2>"$tmp/err"; local s=$?
  [[ $(tail -1 "$tmp/err") == "brightpath: cannot write standard output: No space left on device" ]]
  check "$name" 3 $s $?
}
expect_write_error "validate to a full disk" "$cli" validate "$plan"
expect_write_error "validate --json to a full disk" "$cli" validate "$plan" --json
expect_write_error "solve to a full disk" "$cli" solve "$plan" --time-limit 100
expect_write_error "solve --json to a full disk" "$cli" solve "$plan" --time-limit 100 --json
expect_write_error "generate to a full disk" "$cli" generate --students 5
expect_write_error "--help to a full disk" "$cli" --help
expect_write_error "validate --help to a full disk" "$cli" validate --help
"$cli" generate --students 5 >&- 2>"$tmp/err"; s=$?
[[ $(cat "$tmp/err") == "brightpath: cannot write standard output: Bad file descriptor" ]]
check "closed standard output is an error" 3 $s $?
"$cli" solve "$plan" --time-limit 100 -o /dev/full 2>"$tmp/err"; s=$?
grep -q "^brightpath: cannot write /dev/full: No space left on device$" "$tmp/err"
check "solve -o a full device" 3 $s $?

# --- -o replaces a file only once all of it is written -------------------------------------
mkdir "$tmp/out-dir"
only_file_is() {  # nothing else (no temporary file) is left in the directory
  [[ $(ls -A "$tmp/out-dir") == "$1" ]]
}
for command in "generate --students 5" "solve $plan --time-limit 100"; do
  read -ra words <<<"$command"
  name=${words[0]}
  printf 'the old plan\n' >"$tmp/out-dir/plan.json"
  chmod 640 "$tmp/out-dir/plan.json"
  # A file size limit makes the write fail deterministically part-way through the file.
  (ulimit -f 1 && exec "$cli" "${words[@]}" -o "$tmp/out-dir/plan.json") 2>"$tmp/err"; s=$?
  grep -q "^brightpath: cannot write $tmp/out-dir/plan.json: File too large$" "$tmp/err" &&
    [[ $(cat "$tmp/out-dir/plan.json") == "the old plan" ]] && only_file_is plan.json
  check "$name: a failed -o write leaves the old file and no temporary file" 3 $s $?

  owner=$(stat -c %u:%g "$tmp/out-dir/plan.json")
  # Run as root (as CI does), the replaced file also keeps another user's ownership.
  [[ $(id -u) == 0 ]] && chown 65534:65534 "$tmp/out-dir/plan.json" && owner=65534:65534
  "$cli" "${words[@]}" -o "$tmp/out-dir/plan.json" 2>"$tmp/err"; s=$?
  grep -q '"format":"brightpath-plan"' "$tmp/out-dir/plan.json" && only_file_is plan.json &&
    [[ $(stat -c %a:%u:%g "$tmp/out-dir/plan.json") == "640:$owner" ]]
  check "$name: -o replaces the file, keeping its permissions and owner" 0 $s $?

  ln -s plan.json "$tmp/out-dir/link.json"
  printf 'the old plan\n' >"$tmp/out-dir/plan.json"
  "$cli" "${words[@]}" -o "$tmp/out-dir/link.json" 2>"$tmp/err"; s=$?
  [[ -L $tmp/out-dir/link.json ]] && grep -q '"format":"brightpath-plan"' "$tmp/out-dir/plan.json"
  check "$name: -o through a symbolic link replaces its target" 0 $s $?
  rm "$tmp/out-dir/link.json"

  "$cli" "${words[@]}" -o "$tmp/no-such-dir/plan.json" 2>"$tmp/err"; s=$?
  grep -q "^brightpath: cannot write $tmp/no-such-dir/plan.json: No such file or directory$" "$tmp/err"
  check "$name: -o into a missing directory names the reason" 3 $s $?

  "$cli" "${words[@]}" -o - >"$tmp/stdout.json" 2>"$tmp/err"; s=$?
  grep -q '"format":"brightpath-plan"' "$tmp/stdout.json"; check "$name: -o - is standard output" 0 $s $?
done

# A name of 250 bytes (the limit is 255) still leaves room for the temporary file's name.
long_name=$(printf 'p%.0s' {1..245}).json
"$cli" generate --students 5 -o "$tmp/out-dir/$long_name" 2>"$tmp/err"; s=$?
grep -q '"format":"brightpath-plan"' "$tmp/out-dir/$long_name" && only_file_is "plan.json
$long_name"
check "-o a file with a 250-byte name" 0 $s $?

# Reading and writing the same plan: the input is read whole before the output replaces it.
cp "$plan" "$tmp/same.json"
"$cli" solve "$tmp/same.json" --time-limit 100 -o "$tmp/same.json" 2>"$tmp/err"; s=$?
"$cli" validate "$tmp/same.json" >/dev/null 2>>"$tmp/err"
check "solve FILE -o FILE replaces the plan with a valid one" 0 $s $?

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
