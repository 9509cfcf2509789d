// The history's digest: SHA-256 of each version's stored document, written with the version
// and computed for versions stored before migration 0003 (the expand step of
// docs/operations/prodlike.md's rolling upgrade).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { call, createHousehold, createPlan, familyPlan, psql, signUp, startServer } from './helpers.mjs';

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

test('every history entry has the digest of its stored document, stored or computed', async () => {
  const server = await startServer();
  try {
    const owner = await signUp(server);
    const h = await createHousehold(server, owner.token);
    const { id } = await createPlan(server, owner.token, h.id);
    const base = `/api/v1/households/${h.id}/plans/${id}`;
    const saved = await call(server, 'POST', `${base}/versions`, {
      token: owner.token, body: { ...familyPlan(), name: 'changed' }, headers: { 'If-Match': '"1"' },
    });
    assert.equal(saved.status, 201);
    const restored = await call(server, 'POST', `${base}/versions/1/restore`, { token: owner.token, headers: { 'If-Match': '"2"' } });
    assert.equal(restored.status, 201);

    const stored = (v) => psql(server.databaseUrl, `SELECT document FROM plan_versions WHERE plan_id = '${id}' AND version = ${v}`);
    const digests = async () => Object.fromEntries(
      (await call(server, 'GET', `${base}/versions`, { token: owner.token })).json.versions.map((v) => [v.version, v.digest]));
    const first = await digests();
    for (const v of [1, 2, 3]) assert.equal(first[v], sha256(stored(v)), `version ${v}`);
    assert.equal(first[3], first[1], 'a restore holds the same document');
    assert.notEqual(first[2], first[1]);
    assert.equal(psql(server.databaseUrl, `SELECT count(*) FROM plan_versions WHERE document_sha256 IS NULL`), '0',
      'this release stores the digest with every version');

    // As if versions 1 and 2 had been written by the release before the column existed.
    psql(server.databaseUrl, `UPDATE plan_versions SET document_sha256 = NULL WHERE plan_id = '${id}' AND version < 3`);
    assert.deepEqual(await digests(), first);
  } finally {
    await server.stop();
  }
});
