#!/usr/bin/env bash
# The WebAssembly build and the JavaScript tests, as the project's test command runs them
# after the native build: builds dist/ (cmake preset `wasm`), then runs tests/js/*.test.mjs
# with node's test runner. The tests compare against the native CLI: build/native/cli/brightpath
# unless BRIGHTPATH_CLI names another one.
set -euo pipefail
cd "$(dirname "$0")/../.."
# As scripts/install-deps.sh: a lock file newer than the last install (npm's record of it in
# node_modules/.package-lock.json) means a dependency was added or changed, e.g. Vite.
if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build:wasm
node --test tests/js/
