// The web image's nginx site (deploy/docker/nginx/default.conf.template) run by Debian's
// nginx in front of a server started here: the app's files with their caching, the app's
// routes falling back to index.html, /api/ passed to the server, /healthz, and the security
// headers. The only changes to the template are the ones the image makes (the upstream
// filled in) and where this machine puts the files and the port.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort, root, sleep, startServer } from '../server/helpers.mjs';

const NGINX = '/usr/sbin/nginx';
const haveNginx = spawnSync(NGINX, ['-v']).status === 0;

describe('the web image nginx site', { skip: haveNginx ? false : 'no nginx (scripts/install-deps.sh installs it)' }, () => {
  let server;
  let nginx;
  let dir;
  let base;
  before(async () => {
    server = await startServer();
    dir = mkdtempSync(path.join(tmpdir(), 'brightpath-web-nginx-'));
    chmodSync(dir, 0o755);
    const html = path.join(dir, 'html');
    mkdirSync(path.join(html, 'assets'), { recursive: true });
    writeFileSync(path.join(html, 'index.html'), '<!doctype html><div id="app"></div>');
    writeFileSync(path.join(html, 'config.json'), '{"apiBase":"/api/v1"}');
    writeFileSync(path.join(html, 'assets/index-abc123.js'), 'export {};');
    writeFileSync(path.join(html, 'assets/brightpath_core-abc123.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const site = readFileSync(path.join(root, 'deploy/docker/nginx/default.conf.template'), 'utf8')
      .replaceAll('${BRIGHTPATH_API_UPSTREAM}', server.url)
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replace('root /usr/share/nginx/html;', `root ${html};`);
    writeFileSync(path.join(dir, 'site.conf'), site);
    // What the image's own nginx.conf provides around the site.
    writeFileSync(path.join(dir, 'nginx.conf'), `daemon off;
user root;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`);
    nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    nginx.stderr.on('data', (d) => { stderr += d; });
    for (let i = 0; ; i++) {
      try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not yet */ }
      if (nginx.exitCode !== null || i > 100) throw new Error(`nginx did not start: ${stderr}${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
      await sleep(50);
    }
  });
  after(async () => {
    nginx?.kill('SIGTERM');
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('answers /healthz itself', async () => {
    const r = await fetch(`${base}/healthz`);
    assert.equal(r.status, 200);
    assert.equal(await r.text(), 'ok\n');
  });

  test('serves the app with the security headers, revalidated', async () => {
    const r = await fetch(`${base}/`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /id="app"/);
    assert.match(r.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(r.headers.get('content-security-policy'), /frame-ancestors 'none'/);
    assert.equal(r.headers.get('x-frame-options'), 'DENY');
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(r.headers.get('cache-control'), 'no-cache');
    assert.equal((await fetch(`${base}/config.json`)).headers.get('cache-control'), 'no-cache');
  });

  test('caches hashed assets for a year and serves WebAssembly as application/wasm', async () => {
    const js = await fetch(`${base}/assets/index-abc123.js`);
    assert.equal(js.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const wasm = await fetch(`${base}/assets/brightpath_core-abc123.wasm`);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  });

  test("answers the app's own routes with index.html", async () => {
    const r = await fetch(`${base}/households/123/week`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /id="app"/);
  });

  test('passes /api/ to the server', async () => {
    const r = await fetch(`${base}/api/v1/openapi.json`);
    assert.equal(r.status, 200);
    assert.equal((await r.json()).openapi.startsWith('3'), true);
    const signup = await fetch(`${base}/api/v1/auth/signup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":"web@example.org","password":"a long enough password"}' });
    assert.equal(signup.status, 201);
  });
});
