// PostgreSQL stopped for a few seconds under load: both servers say not ready, the families
// get 503 `database_unavailable` with Retry-After (never a 500 or a 502), the servers recover
// by themselves when it is back, and nothing acknowledged is lost.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startFamilies } from './family_client.mjs';
import { readyz, sleep, startDeployment } from './deployment.mjs';

let deployment;
before(async () => { deployment = await startDeployment(); });
after(async () => { await deployment?.stop(); });

test('PostgreSQL stopped under load: not ready and 503 meanwhile, recovery without a restart, nothing lost', { timeout: 180000 }, async (t) => {
  const pids = { api1: deployment.pid('api1'), api2: deployment.pid('api2'), worker: deployment.pid('worker') };
  const load = await startFamilies(deployment.url, 4);
  t.after(() => load.stop());  // also when an assertion fails, or the families run on forever
  await sleep(1500);

  load.phase('outage');
  deployment.stopPostgres();
  const stoppedAt = Date.now();
  const notReady = new Set();
  while (Date.now() - stoppedAt < 4000) {
    for (const name of ['api1', 'api2']) {
      const r = await readyz(deployment.apiUrl(name));
      if (r.status === 503 && r.json.status === 'database_unavailable') notReady.add(name);
    }
    await sleep(200);
  }
  assert.deepEqual([...notReady].sort(), ['api1', 'api2'], 'both servers reported not ready');
  deployment.startPostgres();
  const startedAt = Date.now();
  load.phase('recovery');
  let recovered = null;
  while (Date.now() - startedAt < 30000) {
    const [a, b] = await Promise.all([readyz(deployment.apiUrl('api1')), readyz(deployment.apiUrl('api2'))]);
    if (a.status === 200 && b.status === 200) { recovered = Date.now() - startedAt; break; }
    await sleep(100);
  }
  assert.notEqual(recovered, null, 'the servers were ready again within 30 s');
  await sleep(2500);  // the families get on with their work
  load.phase('after');
  await sleep(1000);
  await load.stop();

  const problems = [];
  for (const f of load.families) problems.push(...f.failures, ...(await f.verify()));
  assert.deepEqual(problems, []);
  const unavailable = load.families.flatMap((f) => f.unavailable);
  assert.ok(unavailable.length > 0, 'the families met the outage');
  for (const u of unavailable) assert.deepEqual(u, { code: 'database_unavailable', retryAfter: '2' });
  assert.equal(load.total('resent'), 0, 'no request went unanswered (no 502 from nginx)');
  assert.ok(load.families.every((f) => (f.seen.get('after') ?? 0) > 0), 'every family is served again');
  assert.deepEqual(
    { api1: deployment.pid('api1'), api2: deployment.pid('api2'), worker: deployment.pid('worker') }, pids,
    'no process was restarted');
  for (const pid of Object.values(pids)) process.kill(pid, 0);  // throws if it is gone
  t.diagnostic(`figures: outage 4 s, ready again ${(recovered / 1000).toFixed(1)} s after PostgreSQL started, ` +
    `503 answers ${unavailable.length}, saves acknowledged ${load.total('acks')}, lost 0`);
});
