# syntax=docker/dockerfile:1
# The web app as static files behind an unprivileged nginx, for running BrightPath locally in
# containers. In production the same web/dist goes to S3 behind CloudFront instead.
# Build from the repository root:
#   docker build -f deploy/docker/web.Dockerfile -t brightpath-web .
# docs/images-and-pipelines.md says how to run it and how to refresh the pinned digests.

# --- build: the WebAssembly package (@brightpath/core, preset `wasm`), then the app that
# installs it from this repository. Node 20.19 or later (Vite 8); Emscripten from Debian as
# scripts/install-deps.sh installs it.
FROM node:20.19.5-bookworm-slim@sha256:9e70124bd00f47dd023e349cd587132ae61892acc0e47ed641416c3e18f401c3 AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      cmake make emscripten libboost-json1.81-dev tzdata \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# What configuring the `wasm` preset reads (the top CMakeLists.txt adds core/ and wasm/;
# wasm/CMakeLists.txt names one file of bench/), and what package-dist.mjs assembles.
COPY package.json CMakeLists.txt CMakePresets.json ./
COPY toolchains toolchains
COPY core core
COPY wasm wasm
COPY bench bench
COPY schema schema
RUN npm run build:wasm
# web/package.json installs @brightpath/core from `..`, the folder just built.
COPY web web
RUN npm --prefix web ci --no-audit --no-fund \
 && npm --prefix web run build

# --- runtime: nginx as an unprivileged user (port 8080) serving web/dist and passing /api/
# to the server, as CloudFront does in production.
FROM nginxinc/nginx-unprivileged:1.27-alpine@sha256:65e3e85dbaed8ba248841d9d58a899b6197106c23cb0ff1a132b7bfe0547e4c0 AS runtime
# The image's entrypoint fills ${BRIGHTPATH_API_UPSTREAM} into the template at start.
ENV BRIGHTPATH_API_UPSTREAM=http://server:8080
COPY deploy/docker/nginx/default.conf.template /etc/nginx/templates/default.conf.template
COPY --from=build /src/web/dist /usr/share/nginx/html
USER 101
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
