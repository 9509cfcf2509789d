#!/usr/bin/env bash
# Builds BrightPath and runs it. Today BrightPath is the scheduling core and its command
# line; this checks the bundled family plan (examples/family.json) and prints what a parent
# would be told. Pass another plan file to check that instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset native >/dev/null
cmake --build --preset native
plan=${1:-examples/family.json}
echo
echo "== brightpath validate $plan"
status=0
build/native/cli/brightpath validate "$plan" || status=$?
exit "$status"
