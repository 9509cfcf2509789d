// Privacy for children: the owner exports everything a household holds, and after the
// household is deleted nothing about its children remains in any table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMember, call, createHousehold, createPlan, familyPlan, psql, signUp, sleep, startServer } from './helpers.mjs';

// Every value of every row of every table of the schema, as text.
function everyRowAsText(databaseUrl) {
  const tables = psql(databaseUrl, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1").split('\n');
  return tables.map((t) => psql(databaseUrl, `SELECT coalesce(string_agg(x::text, E'\\n'), '') FROM ${t} x`)).join('\n');
}

test('the owner exports the household; after deleting it nothing about its children remains', async () => {
  const server = await startServer({ env: { BRIGHTPATH_SOLVE_WORKERS: '1' } });
  try {
    const owner = await signUp(server);
    const h = await createHousehold(server, owner.token, 'The Millers');
    const guardian = await addMember(server, owner.token, h.id, 'guardian');
    const plan = familyPlan();
    const childNames = plan.students.map((s) => s.name);
    const created = await createPlan(server, owner.token, h.id, plan);
    await call(server, 'POST', `/api/v1/households/${h.id}/plans/${created.id}/edits`, {
      token: guardian.token, body: { edits: [{ op: 'move', lesson: 'theo-math-mon', day: 'tue', start: '13:00' }] }, headers: { 'If-Match': '"1"' },
    });
    const job = await call(server, 'POST', `/api/v1/households/${h.id}/plans/${created.id}/solve`, { token: owner.token, body: { time_budget_ms: 500 } });
    for (let i = 0; i < 100; i++) {
      const j = await call(server, 'GET', `/api/v1/households/${h.id}/jobs/${job.json.id}`, { token: owner.token });
      if (j.json.status === 'succeeded') break;
      await sleep(100);
    }

    assert.equal((await call(server, 'GET', `/api/v1/households/${h.id}/export`, { token: guardian.token })).status, 403);
    const exported = await call(server, 'GET', `/api/v1/households/${h.id}/export`, { token: owner.token });
    assert.equal(exported.status, 200);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(exported.headers.get('content-disposition'), `attachment; filename="brightpath-the-millers-${today}.json"`);
    const doc = exported.json;
    assert.equal(doc.format, 'brightpath-household-export');
    assert.equal(doc.household.name, 'The Millers');
    assert.deepEqual(doc.members.map((m) => m.email).sort(), [owner.email, guardian.email].sort());
    assert.deepEqual(doc.plans[0].versions.map((v) => [v.version, v.source]), [[1, 'create'], [2, 'edits']]);
    assert.deepEqual(doc.plans[0].versions[0].plan.students.map((s) => s.name), childNames);
    assert.equal(doc.jobs.length, 1);
    assert.ok(doc.jobs[0].draft_plan.students.length > 0);

    assert.ok(childNames.some((n) => everyRowAsText(server.databaseUrl).includes(n)), 'the check can see the names');
    assert.equal((await call(server, 'DELETE', `/api/v1/households/${h.id}`, { token: owner.token })).status, 204);
    const everything = everyRowAsText(server.databaseUrl);
    for (const name of childNames) assert.ok(!everything.includes(name), `${name} is still in the database`);
    assert.ok(!everything.includes(h.id), 'no row names the household');
    assert.ok(!everything.includes(created.id), 'no row names its plan');
  } finally {
    await server.stop();
  }
});
