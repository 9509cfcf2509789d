// scripts/e2e-deployed.mjs against a small stand-in of a deployed web app served here (the
// page, config.json, the API's openapi.json on the same origin), in Debian's Chromium.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'";
// The smallest WebAssembly module: the page compiles it as the app compiles the core.
const APP_JS = `const wasm = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
await WebAssembly.compile(wasm);
document.getElementById('app').append(Object.assign(document.createElement('p'), { textContent: 'ready' }));`;

// Serves the stand-in app; `change` alters one answer to break one thing.
async function serveApp(change = {}) {
  const server = http.createServer((req, res) => {
    const csp = change.csp ?? CSP;
    if (req.url === '/') { res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': csp }); res.end('<!doctype html><div id="app"></div><script type="module" src="/app.js"></script>'); }
    else if (req.url === '/app.js') { res.writeHead(200, { 'Content-Type': 'text/javascript' }); res.end(change.appJs ?? APP_JS); }
    else if (req.url === '/config.json') { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end('{"apiBase":"/api/v1"}'); }
    else if (req.url === '/api/v1/openapi.json' && !change.noApi) { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end('{"openapi":"3.1.0"}'); }
    else { res.writeHead(404, { 'Content-Type': 'text/html' }); res.end('not found'); }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function e2e(url) {
  return new Promise((resolve) => execFile('node', [path.join(root, 'scripts/e2e-deployed.mjs'), url],
    { timeout: 120_000, env: { ...process.env, BRIGHTPATH_E2E_RENDER_MS: '3000' } },
    (error, stdout, stderr) => resolve({ status: error ? error.code : 0, stdout, stderr })));
}

async function withApp(change, check) {
  const server = await serveApp(change);
  try { await check(await e2e(`http://127.0.0.1:${server.address().port}/`)); } finally { server.close(); }
}

test('passes on an app that renders, compiles WebAssembly and reaches its API', () => withApp({}, (r) => {
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /loads, renders, allows WebAssembly and reaches its API/);
}));

test("fails when the page's CSP does not allow WebAssembly", () => withApp({ csp: "default-src 'self'; script-src 'self'" }, (r) => {
  assert.equal(r.status, 1);
  assert.match(r.stderr, /does not allow WebAssembly \('wasm-unsafe-eval'\)/);
  assert.match(r.stderr, /uncaught error in the page: .*WebAssembly/i);
}));

test('fails when /api/ does not reach the API', () => withApp({ noApi: true }, (r) => {
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\/api\/v1\/openapi\.json answered 404 text\/html: the API is not reachable from the page/);
}));

test('fails when the app renders nothing', () => withApp({ appJs: 'console.log("nothing")' }, (r) => {
  assert.equal(r.status, 1);
  assert.match(r.stderr, /rendered nothing into #app/);
}));

test('refuses a missing URL with exit status 2', async () => {
  const r = await new Promise((resolve) => execFile('node', [path.join(root, 'scripts/e2e-deployed.mjs')], (error, stdout, stderr) => resolve({ status: error?.code ?? 0, stderr })));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /usage: node scripts\/e2e-deployed\.mjs WEB_URL/);
});
