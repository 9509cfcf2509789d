// Durability and recovery: a server killed with SIGKILL mid-stream loses no acknowledged
// save; PostgreSQL stopped under traffic gives clear 503s and the server recovers alone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { call, createHousehold, createPlan, familyPlan, freePort, root, signUp, sleep, startServer } from './helpers.mjs';

test('after SIGKILL in the middle of a stream of saves, every acknowledged save is there', async () => {
  const first = await startServer();
  const owner = await signUp(first);
  const h = await createHousehold(first, owner.token);
  const { id } = await createPlan(first, owner.token, h.id);
  const plan = familyPlan();
  const acknowledged = [];
  let version = 1;
  const stream = (async () => {
    for (let i = 0; i < 1000; i++) {
      let r;
      try {
        r = await call(first, 'POST', `/api/v1/households/${h.id}/plans/${id}/versions`, {
          token: owner.token, body: { ...plan, name: `save ${i}` }, headers: { 'If-Match': `"${version}"` },
        });
      } catch {
        return;  // the server is gone
      }
      assert.equal(r.status, 201);
      version = r.json.version;
      acknowledged.push({ version, name: `save ${i}` });
    }
  })();
  await sleep(400);
  first.proc.kill('SIGKILL');
  await stream;
  await first.exited;
  assert.ok(acknowledged.length > 3, `only ${acknowledged.length} saves before the kill`);

  const second = await startServer({ databaseUrl: first.databaseUrl });
  try {
    for (const { version: v, name } of acknowledged) {
      const r = await call(second, 'GET', `/api/v1/households/${h.id}/plans/${id}/versions/${v}`, { token: owner.token });
      assert.equal(r.status, 200, `version ${v} is missing after the restart`);
      assert.equal(r.json.plan.name, name);
    }
    const history = await call(second, 'GET', `/api/v1/households/${h.id}/plans/${id}/versions`, { token: owner.token });
    const versions = history.json.versions.map((v) => v.version);
    assert.deepEqual(versions, [...versions].sort((a, b) => b - a));
    assert.equal(new Set(versions).size, versions.length, 'no version twice');
    assert.equal(versions[0], versions.length, 'no gaps');
  } finally {
    await second.stop();
  }
});

test('PostgreSQL stopped under traffic: 503 and not ready meanwhile, recovery without a restart', async () => {
  // A cluster of its own: the other test files keep using theirs.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brightpath-pg-restart-'));
  const script = path.join(root, 'server/run-local-postgres.sh');
  const port = String(await freePort());
  const pg = (cmd) => execFileSync(script, [cmd, dir, port], { encoding: 'utf8' }).trim();
  const databaseUrl = pg('start');
  const server = await startServer({ databaseUrl });
  try {
    const owner = await signUp(server);
    const h = await createHousehold(server, owner.token);
    assert.equal((await call(server, 'GET', '/readyz')).status, 200);

    pg('stop');
    const started = Date.now();
    const during = await call(server, 'GET', `/api/v1/households/${h.id}`, { token: owner.token });
    assert.equal(during.status, 503);
    assert.equal(during.json.error.code, 'database_unavailable');
    assert.equal(during.headers.get('retry-after'), '2');
    assert.ok(!during.text.includes('postgres'), 'no database detail leaks');
    const ready = await call(server, 'GET', '/readyz');
    assert.equal(ready.status, 503);
    assert.equal(ready.json.status, 'database_unavailable');
    assert.ok(Date.now() - started < 10000, 'answers come quickly, not after a hang');
    assert.equal((await call(server, 'GET', '/healthz')).status, 200, 'the process itself is fine');

    pg('start');
    let back = null;
    for (let i = 0; i < 50 && back?.status !== 200; i++) {
      back = await call(server, 'GET', `/api/v1/households/${h.id}`, { token: owner.token });
      if (back.status !== 200) await sleep(100);
    }
    assert.equal(back.status, 200);
    assert.equal((await call(server, 'GET', '/readyz')).status, 200);
  } finally {
    await server.stop();
    try { pg('stop'); } catch { /* already stopped */ }
    rmSync(dir, { recursive: true, force: true });
  }
});
