#!/usr/bin/env bash
# Smoke test of a running BrightPath server, usable against any deployment:
#
#   scripts/smoke.sh URL
#
# URL is where the server's /healthz, /readyz and /api/v1 answer (locally
# http://127.0.0.1:8080; in AWS the app's address, whose CloudFront passes those paths to the
# servers: Terraform's output brightpath_api_url). It checks
# /healthz and /readyz, signs up a new account, creates a household, creates a plan from
# examples/family.json, saves a renamed copy as its next version and reads that back (the
# same document and diagnostics), then deletes the account (and with it the household), also when a step fails.
# Exits 0 when every step passed, 1 at the first that did not (saying which and what came
# back), 2 on wrong arguments. Needs curl and jq.
set -euo pipefail

if [[ $# -ne 1 || -z $1 ]]; then
  echo "usage: scripts/smoke.sh URL   (where the server answers, e.g. http://127.0.0.1:8080)" >&2
  exit 2
fi
url=${1%/}
api=$url/api/v1
root=$(cd "$(dirname "$0")/.." && pwd)
first_plan=$root/examples/family.json
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "smoke: needs $tool (scripts/install-deps.sh installs it)" >&2; exit 2; }
done

tmp=$(mktemp -d)
token=""
password="smoke-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
email="smoke-$(date -u +%Y%m%d%H%M%S)-$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')@example.org"
started=$(date +%s)

# Whatever happened, the account made here goes again (with the households only it belongs to).
cleanup() {
  local rc=$?
  if [[ -n $token ]]; then
    jq -n --arg p "$password" '{password: $p}' > "$tmp/delete.json"
    code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -X DELETE "$api/account" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @"$tmp/delete.json" || true)
    if [[ $code == 204 ]]; then echo "smoke: deleted the smoke account $email"
    else echo "smoke: could not delete the smoke account $email (HTTP $code): delete it by hand" >&2; fi
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

# request METHOD URL [curl options...]: sets $status; the body is in $tmp/body, the headers in $tmp/headers.
request() {
  local method=$1 target=$2
  shift 2
  status=$(curl -sS -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' --max-time 30 -X "$method" "$@" "$target") ||
    fail "$method $target: no answer (is $url reachable?)"
}
# expect STATUS WHAT: the last request answered STATUS with a JSON body.
expect() {
  local want=$1 what=$2
  [[ $status == "$want" ]] || fail "$what: HTTP $status, expected $want: $(head -c 400 "$tmp/body")"
  jq -e . "$tmp/body" >/dev/null 2>&1 ||
    fail "$what: the answer is not JSON ($(grep -i '^content-type:' "$tmp/headers" | tr -d '\r')): does $url pass this path to the server, or answer with the web app's files?"
}
field() { jq -r "$1" "$tmp/body"; }
auth=()

request GET "$url/healthz"
expect 200 "GET /healthz"
[[ $(field .status) == ok ]] || fail "GET /healthz: status is $(field .status), expected ok"
echo "smoke: /healthz ok"

request GET "$url/readyz"
expect 200 "GET /readyz (the database, the schema version, not shutting down)"
echo "smoke: /readyz ready, schema version $(field .schema_version)"

jq -n --arg e "$email" --arg p "$password" '{email: $e, password: $p}' > "$tmp/signup.json"
request POST "$api/auth/signup" -H 'Content-Type: application/json' --data-binary @"$tmp/signup.json"
expect 201 "sign up"
token=$(field .access_token)
auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
echo "smoke: signed up $email"

request POST "$api/households" "${auth[@]}" --data-binary '{"name":"Smoke test household"}'
expect 201 "create a household"
household=$(field .id)
echo "smoke: created household $household"

jq -n --slurpfile p "$first_plan" '{name: "Smoke test week", plan: $p[0]}' > "$tmp/create.json"
request POST "$api/households/$household/plans" "${auth[@]}" --data-binary @"$tmp/create.json"
expect 201 "create a plan"
plan=$(field .id)
[[ $(field .version) == 1 ]] || fail "create a plan: version $(field .version), expected 1"
echo "smoke: created plan $plan (version 1)"

# The server keeps its canonical encoding of a plan (defaults written out): read version 1
# back and save that, renamed, so the document read back after the save must be the same.
request GET "$api/households/$household/plans/$plan" "${auth[@]}"
expect 200 "read the plan"
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
jq -S --arg n "Smoke test week saved $stamp" '.plan | .name = $n' "$tmp/body" > "$tmp/sent.json"

request POST "$api/households/$household/plans/$plan/versions" "${auth[@]}" -H 'If-Match: "1"' --data-binary @"$tmp/sent.json"
expect 201 "save the plan's next version"
jq -S .diagnostics "$tmp/body" > "$tmp/saved-diagnostics.json"
echo "smoke: saved version 2 ($(field .diagnostics.summary.errors) errors, $(field .diagnostics.summary.warnings) warnings found by the server)"

request GET "$api/households/$household/plans/$plan" "${auth[@]}"
expect 200 "read the plan back"
etag=$(grep -i '^etag:' "$tmp/headers" | tr -d '\r' | sed 's/^[^:]*: *//')
[[ $etag == '"2"' ]] || fail "read the plan back: ETag $etag, expected \"2\""
[[ $(field .version) == 2 ]] || fail "read the plan back: version $(field .version), expected 2"
jq -S .plan "$tmp/body" > "$tmp/read.json"
cmp -s "$tmp/read.json" "$tmp/sent.json" ||
  fail "read the plan back: the document differs from the one saved: $(diff "$tmp/sent.json" "$tmp/read.json" | head -5)"
jq -S .diagnostics "$tmp/body" | cmp -s - "$tmp/saved-diagnostics.json" ||
  fail "read the plan back: its diagnostics differ from the ones the save answered"
echo "smoke: read version 2 back: the document and diagnostics saved"

echo "smoke: passed against $url in $(( $(date +%s) - started )) s"
