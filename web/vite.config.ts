import { defineConfig } from 'vite';

import { serviceWorker } from './src/offline/service-worker-build.js';

// The app is static files: the server serves them at / locally, S3 + CloudFront in
// production. The API's address is read at run time from config.json (src/config.ts), so one
// build works everywhere; the dev server forwards /api to a local brightpath-server
// (BRIGHTPATH_API overrides where). The build adds sw.js, the service worker that lets the
// app open without a network (src/offline/service-worker.ts).
const api = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env
  .BRIGHTPATH_API;

export default defineConfig({
  plugins: [serviceWorker()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { proxy: { '/api': api ?? 'http://localhost:8080' } },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
});
