#!/usr/bin/env bash
# Runs every BrightPath test: the native suites (Release), the delivery checks (the
# Terraform policy checks of terraform/, Dockerfiles, workflow files, runbooks, the smoke
# and release scripts), the server's integration tests against a private PostgreSQL and
# Redis, the production-like deployment's tests (nginx, two servers, a server killed, a
# database outage, a rolling upgrade, a backup drill), the native suites again under
# AddressSanitizer and UndefinedBehaviorSanitizer, a short libFuzzer run of the decoders,
# then the WebAssembly build and the JavaScript tests against it (including the npm
# pack-and-install smoke test and the Vite build of an installed copy), then the web app's
# unit tests and its end-to-end tests in Chromium. Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

stage() { echo; echo "=== $*"; }

stage "native build (Release)"
cmake --preset native >/dev/null
cmake --build --preset native
stage "native tests"
ctest --preset native -j2

stage "delivery: Terraform policy, images, workflows, runbooks"
tests/delivery/run.sh

stage "server integration tests (private PostgreSQL, real HTTP)"
tests/server/run.sh

stage "production-like run: kill, outage, rolling upgrade, backup drill"
tests/prodlike/run.sh

stage "sanitizer build (Debug, ASan + UBSan)"
cmake --preset debug >/dev/null
cmake --build --preset debug
stage "sanitizer tests"
ctest --preset debug -j2

stage "decoder fuzzing (libFuzzer, ASan + UBSan, 30 s)"
scripts/fuzz.sh 30

stage "WebAssembly build and JavaScript tests"
BRIGHTPATH_CLI=build/native/cli/brightpath tests/js/run.sh

stage "web app: unit tests and end-to-end tests in Chromium"
# Last, so the test runner's own summary closes the output.
npm --prefix web test --silent
tests/web/run.sh
