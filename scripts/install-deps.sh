#!/usr/bin/env bash
# Installs what BrightPath needs to build and test on Debian 12, only what is missing, so it
# is safe to run before every build. Debian packages need root; npm packages go into
# ./node_modules from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  g++ cmake make pkg-config
  libboost-json1.81-dev   # Boost.JSON (libboost-dev is 1.74 and has no JSON)
  doctest-dev             # C++ unit tests
  libbenchmark-dev        # Google Benchmark
  emscripten              # the WebAssembly build (3.1.6; see toolchains/emscripten.cmake)
  clang-14 libclang-rt-14-dev   # libFuzzer for scripts/fuzz.sh
  chromium                # headless browser for tests/js/browser.test.mjs and bundler.test.mjs (driven by playwright-core)
  gzip jq                 # jq: the README's curl examples
  curl procps             # scripts/smoke.sh (with jq), scripts/prodlike.sh and backup-drill.sh (readiness checks; pgrep)
  shellcheck              # scripts/lint.sh
  nginx                   # the web image's site (tests/delivery/web_nginx.test.mjs); the load balancer of scripts/prodlike.sh
  time                    # /usr/bin/time: peak memory in tests/stress/run.sh and tests/cli/io_contract.sh
  tzdata                  # the IANA time zone names the decoder accepts (core/cmake/generate_time_zone_names.cmake)
  libcpp-httplib-dev      # brightpath-server: HTTP
  libpq-dev postgresql    # brightpath-server: PostgreSQL client library; the server for local runs and tests
  libargon2-dev libssl-dev   # brightpath-server: password hashing, token signing
  libhiredis-dev          # brightpath-server: the Redis client (REDIS_URL: shared rate limits, sign-in counts, session cache)
  redis-server            # a private Redis for the server tests (tests/server/redis_*.test.mjs) and scripts/prodlike.sh
  openssl                 # certificates for the Redis-over-TLS test (tests/server/redis_tls.test.mjs)
  wrk                     # server benchmark (docs/benchmarks.md)
)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
# Node.js 20+ may come from outside Debian; only install Debian's when there is none.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs npm); fi

if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "BrightPath needs these Debian packages: ${missing[*]}" >&2
    echo "Run this script as root (sudo $0) or install them with apt-get." >&2
    exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# Vite 8 (the bundler test) needs Node.js 20.19 or later; say so here rather than fail deep
# inside a test.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "BrightPath needs Node.js 20.19 or later; this machine has $(node --version)." >&2
  exit 1
fi

# JavaScript tooling (test runner dependencies, TypeScript, Vite) pinned by package-lock.json.
if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# The web app's own packages (web/package-lock.json); @brightpath/core is this repository.
if [[ ! -d web/node_modules ]] || [[ web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
  npm --prefix web ci --no-audit --no-fund --loglevel=error
fi
