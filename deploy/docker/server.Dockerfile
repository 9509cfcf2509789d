# syntax=docker/dockerfile:1
# brightpath-server: the HTTP API, and with `--worker` the solve worker (same image).
# Build from the repository root:
#   docker build -f deploy/docker/server.Dockerfile -t brightpath-server .
# docs/images-and-pipelines.md says how to run it and how to refresh the pinned digests.

# --- build: the same Debian 12 packages and CMake preset as scripts/install-deps.sh and
# scripts/test.sh, compiling only the server target.
FROM debian:bookworm-slim@sha256:d5d3f9c23164ea16f31852f95bd5959aad1c5e854332fe00f7b3a20fcc9f635c AS build
# The `native` preset also configures the tests and benchmarks (doctest, Google Benchmark),
# so their packages are needed to configure even though only the server is built; tzdata is
# read at build time for the time zone names the core embeds.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      g++ cmake make pkg-config \
      libboost-json1.81-dev doctest-dev libbenchmark-dev tzdata \
      libcpp-httplib-dev libpq-dev libargon2-dev libssl-dev libhiredis-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# What configuring the `native` preset reads: every subdirectory the top CMakeLists.txt adds
# (core, cli, server, tests, bench) and the OpenAPI document the server embeds.
COPY CMakeLists.txt CMakePresets.json ./
COPY core core
COPY cli cli
COPY server server
COPY tests tests
COPY bench bench
COPY docs/api/openapi.json docs/api/openapi.json
RUN cmake --preset native >/dev/null \
 && cmake --build --preset native --target brightpath-server

# --- runtime: the binary and the shared libraries it links, nothing else. The schema
# migrations are compiled into the binary (server/embed_migrations.cmake), so no .sql file
# is copied.
FROM debian:bookworm-slim@sha256:d5d3f9c23164ea16f31852f95bd5959aad1c5e854332fe00f7b3a20fcc9f635c AS runtime
# One package per library the binary names (readelf -d: NEEDED): cpp-httplib, argon2, libpq,
# OpenSSL's libcrypto, the C++ and C runtimes. ca-certificates lets libpq verify the
# database's TLS certificate (sslmode=verify-full with the RDS bundle added to it) and the
# server verify ElastiCache's (REDIS_URL rediss://, no TLS proxy beside it).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libcpp-httplib0.11 libargon2-1 libpq5 libssl3 libhiredis0.14 libstdc++6 libgcc-s1 libc6 ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin brightpath
COPY --from=build /src/build/native/server/brightpath-server /usr/local/bin/brightpath-server
USER 10001:10001
# Listen on every interface of the container; the port and everything else come from the
# environment the orchestrator sets (README, "Configuration").
ENV BRIGHTPATH_HOST=0.0.0.0 \
    BRIGHTPATH_PORT=8080
EXPOSE 8080
# No curl in the image: bash's /dev/tcp asks /healthz. A `--worker` container serves no
# HTTP: run it with --no-healthcheck (ECS: the worker's task definition has no health check).
HEALTHCHECK --interval=10s --timeout=3s --start-period=40s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/"${BRIGHTPATH_PORT:-8080}" && printf "GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'
# The API by default; the solve worker with the command `--worker`, the migrations alone
# with `--migrate-only`.
ENTRYPOINT ["/usr/local/bin/brightpath-server"]
CMD []
