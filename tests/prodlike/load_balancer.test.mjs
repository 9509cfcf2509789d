// nginx in front of two servers: the web app's files with the caching CloudFront uses, and
// a server killed with SIGKILL under load and started again without losing an acknowledged
// save, each family resending at most one request per operation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startFamilies } from './family_client.mjs';
import { readyz, serverBin, sleep, startDeployment } from './deployment.mjs';

let deployment;
const web = mkdtempSync(path.join(os.tmpdir(), 'brightpath-web-'));

before(async () => {
  // A stand-in for web/dist as Vite builds it: index.html, config.json, hashed assets,
  // readable by nginx's unprivileged workers.
  chmodSync(web, 0o755);
  mkdirSync(path.join(web, 'assets'));
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>BrightPath</title><script type="module" src="/assets/index-3f9a1c2b.js"></script>');
  writeFileSync(path.join(web, 'config.json'), '{"apiBase": "/api/v1"}');
  writeFileSync(path.join(web, 'assets/index-3f9a1c2b.js'), 'console.log("BrightPath");\n'.repeat(200));
  deployment = await startDeployment({ env: { BRIGHTPATH_WEB_DIST: web } });
});
after(async () => {
  await deployment?.stop();
  rmSync(web, { recursive: true, force: true });
});

test('the web app: hashed assets cached for a year, everything else revalidated, app routes get index.html', async () => {
  const asset = await fetch(`${deployment.url}/assets/index-3f9a1c2b.js`);
  assert.equal(asset.status, 200);
  assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.match(asset.headers.get('content-type'), /javascript/);
  assert.equal(asset.headers.get('content-encoding'), 'gzip', 'compressed as CloudFront would');
  for (const p of ['/', '/index.html', '/config.json', '/households/123/plans/456']) {
    const r = await fetch(deployment.url + p);
    assert.equal(r.status, 200, p);
    assert.equal(r.headers.get('cache-control'), 'no-cache', p);
    assert.match(r.headers.get('content-security-policy'), /'wasm-unsafe-eval'/, p);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', p);
  }
  assert.match(await (await fetch(`${deployment.url}/households/123`)).text(), /<title>BrightPath/);
  assert.equal((await fetch(`${deployment.url}/assets/index-00000000.js`)).status, 404, 'a missing asset is not the app');
  // The API goes to the servers and keeps their headers; their /metrics stays inside.
  const api = await fetch(`${deployment.url}/api/v1/openapi.json`);
  assert.equal(api.status, 200);
  assert.equal(api.headers.get('cache-control'), 'no-store');
  assert.doesNotMatch(await (await fetch(`${deployment.url}/metrics`)).text(), /brightpath_http_requests_total/);
});

test('a server killed with SIGKILL under load, a save in flight: every acknowledged save is kept, at most one resend per operation', { timeout: 180000 }, async (t) => {
  const load = await startFamilies(deployment.url, 4);
  t.after(() => load.stop());  // also when an assertion fails, or the families run on forever
  await sleep(2000);
  // Killed while it holds a save: frozen first (SIGSTOP) until a save sent to it has waited
  // a while, so the kill always catches one in flight, as a crash in the middle of a busy
  // moment would. When every family happens to wait on a read from it instead, no save can
  // reach it (and at the kill nginx passes the reads on to api2, so nothing would be sent
  // again): it is let go (SIGCONT) and frozen anew.
  const api1 = deployment.pid('api1');
  const saveWaiting = () => load.families.some((f) => f.storeSentAt && Date.now() - f.storeSentAt > 300);
  let tries = 1;
  for (; ; tries++) {
    process.kill(api1, 'SIGSTOP');
    const frozenAt = Date.now();
    while (Date.now() - frozenAt < 5000 && !saveWaiting()) await sleep(20);
    if (saveWaiting() || tries === 5) break;
    process.kill(api1, 'SIGCONT');
    await sleep(500);
  }
  const killedAt = new Date().toISOString();
  process.kill(api1, 'SIGKILL');
  await sleep(1500);
  assert.equal((await readyz(deployment.apiUrl('api1'))).status, 0, 'api1 is gone');
  assert.throws(() => deployment.script(['status']), (e) => e.status === 3 && /^api1 +stopped/m.test(e.stdout),
    'status names the stopped server and exits 3');
  deployment.restart('api1');
  const restartedAt = new Date().toISOString();
  assert.equal((await readyz(deployment.apiUrl('api1'))).status, 200);
  assert.match(deployment.script(['status']), /^api1 +\d+ +port \d+, readyz 200$/m);
  await sleep(2000);
  await load.stop();

  const problems = [];
  for (const f of load.families) problems.push(...f.failures, ...(await f.verify()));
  assert.deepEqual(problems, []);
  const saves = load.total('acks');
  assert.ok(saves > 20, `only ${saves} saves`);
  assert.ok(load.total('resent') >= 1, 'a save in flight at the kill was sent again');
  for (const f of load.families) {
    assert.ok(f.maxResentPerOp <= 1, `family ${f.n} resent one request ${f.maxResentPerOp} times: ${f.resendReasons.join('; ')}`);
  }

  // Both servers served before the kill, and the restarted one serves again.
  const log = deployment.accessLog().filter((l) => l.uri.startsWith('/api/'));
  const port = `:${deployment.ports.API1_PORT}`;
  assert.ok(log.some((l) => l.time <= killedAt.slice(0, 19) && l.upstream.endsWith(port)), 'api1 served before the kill');
  assert.ok(log.some((l) => l.time >= restartedAt.slice(0, 19) && l.upstream.endsWith(port) && l.status < 300), 'api1 serves after its restart');
  const passedOn = log.filter((l) => l.upstream.includes(',')).length;
  t.diagnostic(`figures: api1 frozen ${tries} time(s) before a save waited on it, saves acknowledged ${saves}, resent by the families ${load.total('resent')} ` +
    `(stored before the resend ${load.total('storedBeforeRetry')}), passed to the other server by nginx ${passedOn}, ` +
    `sent again after nginx closed a kept-alive connection ${load.total('closedKeepAlive')}, lost 0`);
});

test('both API servers use the deployment\'s Redis, once the server build reads REDIS_URL', (t) => {
  const help = execFileSync(serverBin, ['--help'], { encoding: 'utf8' });
  if (!help.includes('REDIS_URL')) {
    t.skip('this brightpath-server keeps its shared state in process (no REDIS_URL setting)');
    return;
  }
  // By now both servers have answered many requests (the test above).
  const clients = execFileSync('redis-cli', ['-p', deployment.ports.REDIS_PORT, 'client', 'list'], { encoding: 'utf8' })
    .trim().split('\n').filter((l) => !/ cmd=client/.test(l));
  assert.ok(clients.length >= 2, `connections to Redis: ${clients.length}`);
});
