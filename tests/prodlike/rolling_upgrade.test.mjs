// A rolling upgrade under load: the deployment runs the previous release (built from its own
// commit by build-previous-server.sh), then each server is replaced by this one in turn.
// The first new server applies migration 0003 (expand: a nullable column) while the old one
// keeps serving, so for a while both releases serve the same database through nginx. No
// request may fail, and the versions the old release wrote without the new column read
// back through the new release with the digest computed instead. Then one server is rolled
// back to the previous release, again without a failed request.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startFamilies } from './family_client.mjs';
import { readyz, serverBin, sleep, startDeployment } from './deployment.mjs';

const previousBin = process.env.BRIGHTPATH_PREVIOUS_SERVER_BIN;
// Set by run.sh when this clone has no history to build the previous release from.
const unavailable = process.env.BRIGHTPATH_PREVIOUS_SERVER_UNAVAILABLE;
let deployment;
before(async () => {
  if (unavailable) return;
  assert.ok(previousBin, 'BRIGHTPATH_PREVIOUS_SERVER_BIN is not set: run tests/prodlike/run.sh');
  deployment = await startDeployment({ serverBin: previousBin });
});
after(async () => { await deployment?.stop(); });

test('old and new release serve together during the upgrade and a roll back, and no request fails', { timeout: 180000, skip: unavailable }, async (t) => {
  const schema = () => Number(deployment.psql('SELECT max(version) FROM schema_migrations'));
  assert.equal(schema(), 2, 'the previous release is at schema 2');
  const load = await startFamilies(deployment.url, 3);
  t.after(() => load.stop());  // also when an assertion fails, or the families run on forever
  await sleep(1500);

  const started = Date.now();
  deployment.restart('api1', serverBin);
  assert.equal(schema(), 3, 'the new release applied migration 0003 on start');
  assert.equal((await readyz(deployment.apiUrl('api2'))).status, 200, 'the old release is still ready on schema 3');
  const mixedFrom = new Date().toISOString().slice(0, 19);
  await sleep(2500);  // both releases serve
  const mixedTo = new Date().toISOString().slice(0, 19);
  deployment.restart('api2', serverBin);
  deployment.restart('worker', serverBin);
  const upgradeSeconds = (Date.now() - started) / 1000;
  await sleep(1500);
  // Rolling back one server is running the previous release again: the expanded schema
  // stays, and it serves beside the new release as before.
  deployment.restart('api2', previousBin);
  assert.equal(schema(), 3);
  await sleep(1500);
  await load.stop();

  const problems = [];
  for (const f of load.families) problems.push(...f.failures, ...(await f.verify()));
  assert.deepEqual(problems, [], 'no request failed and every acknowledged save is there');
  assert.deepEqual(load.families.flatMap((f) => f.resendReasons), [], 'no request went unanswered');
  assert.equal(load.total('unavailable'), 0);

  // Both releases answered requests through nginx while both were up.
  const mixed = deployment.accessLog().filter((l) => l.uri.startsWith('/api/') && l.time.slice(0, 19) >= mixedFrom && l.time.slice(0, 19) <= mixedTo);
  for (const port of [deployment.ports.API1_PORT, deployment.ports.API2_PORT]) {
    assert.ok(mixed.some((l) => l.upstream === `127.0.0.1:${port}` && l.status < 300), `port ${port} served while both ran`);
  }

  // The expand step: versions the old release stored have no digest column value, the new
  // release's have one, and the history shows every digest either way.
  const f = load.families[0];
  const written = deployment.psql(`SELECT count(*) FILTER (WHERE document_sha256 IS NULL) || ' ' || count(*) FILTER (WHERE document_sha256 IS NOT NULL) FROM plan_versions WHERE plan_id = '${f.plan}'`)
    .split(' ').map(Number);
  assert.ok(written[0] > 0 && written[1] > 0, `versions without / with a stored digest: ${written}`);
  const stored = Object.fromEntries(deployment.psql(`SELECT version || ' ' || encode(sha256(convert_to(document, 'UTF8')), 'hex') FROM plan_versions WHERE plan_id = '${f.plan}'`)
    .split('\n').map((l) => l.split(' ')).map(([v, d]) => [Number(v), d]));
  // Asked of api1 directly: api2 runs the previous release again, which has no digest.
  const history = (await (await fetch(`${deployment.apiUrl('api1')}${f.plansPath()}/versions`, {
    headers: { Authorization: `Bearer ${f.token}` },
  })).json()).versions;
  assert.equal(history.length, Object.keys(stored).length);
  for (const v of history) assert.equal(v.digest, stored[v.version], `version ${v.version}`);
  assert.ok(history.every((v) => /^[0-9a-f]{64}$/.test(v.digest)));

  t.diagnostic(`figures: upgrade of two servers and the worker in ${upgradeSeconds.toFixed(1)} s under load, ` +
    `requests answered ${load.total('answers')}, failed 0, sent again after nginx closed a kept-alive connection ` +
    `${load.total('closedKeepAlive')}, saves acknowledged ${load.total('acks')}, lost 0`);
});
