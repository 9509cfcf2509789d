#!/usr/bin/env bash
# The WebAssembly build and the JavaScript tests, as the project's test command runs them
# after the native build: builds dist/ (cmake preset `wasm`), then runs tests/js/*.test.mjs
# with node's test runner. The tests compare against the native CLI: build/native/cli/brightpath
# unless BRIGHTPATH_CLI names another one.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Only what is missing (a no-op after scripts/test.sh has run it): npm packages again after a
# change to package-lock.json, and the Node.js version check.
scripts/install-deps.sh
npm run --silent build:wasm
node --test tests/js/
