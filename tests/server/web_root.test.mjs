// Serving the built web app at / (BRIGHTPATH_WEB_ROOT): content types, caching, the
// fallback to index.html for the app's own routes, no way out of the folder, and a
// Content-Security-Policy that lets the app run and nothing more.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { call, serverBin, startServer } from './helpers.mjs';

// A raw request: fetch() would resolve "..", and these tests must send it as written.
function raw(server, urlPath) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: urlPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const secret = 'outside-the-web-root';

describe('a server with a web root', () => {
  let dir;
  let server;
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'brightpath-web-'));
    const web = path.join(dir, 'dist');
    mkdirSync(path.join(web, 'assets'), { recursive: true });
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(web, 'config.json'), '{"apiBase":"/api/v1"}');
    writeFileSync(path.join(web, 'sw.js'), 'const PRECACHE = [];');
    writeFileSync(path.join(web, 'assets', 'index-Ab12Cd.js'), 'export {};');
    writeFileSync(path.join(web, 'assets', 'index-Ab12Cd.css'), 'body{}');
    writeFileSync(path.join(web, 'assets', 'brightpath_core-Ef34.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
    writeFileSync(path.join(dir, 'secret.txt'), secret);
    symlinkSync(path.join(dir, 'secret.txt'), path.join(web, 'leak.txt'));
    symlinkSync(dir, path.join(web, 'up'));
    server = await startServer({ env: { BRIGHTPATH_WEB_ROOT: web } });
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('/ is index.html, revalidated on every load', async () => {
    const r = await raw(server, '/');
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(r.headers['cache-control'], 'no-cache');
    assert.match(r.body, /<title>app<\/title>/);
  });

  test('files get their content type; hashed assets are immutable for a year', async () => {
    const js = await raw(server, '/assets/index-Ab12Cd.js');
    assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable');
    const css = await raw(server, '/assets/index-Ab12Cd.css');
    assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
    const wasm = await raw(server, '/assets/brightpath_core-Ef34.wasm');
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.equal(wasm.body.length, 8);
    const config = await raw(server, '/config.json');
    assert.equal(config.headers['content-type'], 'application/json');
    assert.equal(config.headers['cache-control'], 'no-cache');
  });

  test('the service worker is revalidated on every load, so a new build replaces it at once', async () => {
    const r = await raw(server, '/sw.js');
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(r.headers['cache-control'], 'no-cache');
    // worker-src is not set: it falls back to script-src 'self', which allows /sw.js and nothing else.
    assert.doesNotMatch(r.headers['content-security-policy'], /worker-src|child-src/);
    assert.match(r.headers['content-security-policy'], /script-src 'self'/);
  });

  test("the app's own routes fall back to index.html; a missing asset is a 404", async () => {
    for (const p of ['/invitations/abc_DEF-123', '/households/42/plan', '/#/join/x']) {
      const r = await raw(server, p);
      assert.equal(r.status, 200, p);
      assert.match(r.body, /<title>app<\/title>/, p);
      assert.equal(r.headers['cache-control'], 'no-cache', p);
    }
    const missing = await raw(server, '/assets/index-Old999.js');
    assert.equal(missing.status, 404);
    assert.equal(JSON.parse(missing.body).error.code, 'not_found');
  });

  test('the API keeps its JSON 404s and methods other than GET are not the app', async () => {
    const api = await call(server, 'GET', '/api/v1/nothing-here');
    assert.equal(api.status, 404);
    assert.equal(api.json.error.code, 'not_found');
    const post = await call(server, 'POST', '/index.html', { body: {} });
    assert.equal(post.status, 404);
  });

  test('no path leaves the web root: "..", encoded dots, symbolic links', async () => {
    for (const p of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/leak.txt', '/up/secret.txt', '/up/dist/index.html']) {
      const r = await raw(server, p);
      assert.ok(!r.body.includes(secret), `${p} answered the file outside the root`);
      assert.ok(r.status === 404 || r.status === 400 || /<title>app<\/title>/.test(r.body), `${p}: ${r.status} ${r.body}`);
    }
    // The invitation link's secret token is logged as its pattern.
    await raw(server, '/invitations/very-secret-token');
    assert.ok(!server.stdout.includes('very-secret-token'));
  });

  test('the security headers let the app run: same-origin scripts, worker, styles, WebAssembly; nothing inline', async () => {
    const r = await raw(server, '/');
    const csp = r.headers['content-security-policy'];
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*|data:|blob:/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
  });
});

describe('the web root setting', () => {
  test('a folder without index.html is refused at start, naming it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'brightpath-web-'));
    const r = spawnSync(serverBin, ['--web-root', dir], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'postgresql://127.0.0.1:1/none' },
      encoding: 'utf8',
      timeout: 20000,
    });
    rmSync(dir, { recursive: true, force: true });
    assert.notEqual(r.status, 0);
    assert.match(r.stdout + r.stderr, /BRIGHTPATH_WEB_ROOT: .* is not a directory holding index\.html/);
  });

  test('without one, paths outside the API are 404 as before', async () => {
    const server = await startServer({ env: { BRIGHTPATH_WEB_ROOT: '' } });
    try {
      const r = await call(server, 'GET', '/');
      assert.equal(r.status, 404);
      assert.equal(r.json.error.code, 'not_found');
    } finally {
      await server.stop();
    }
  });
});
