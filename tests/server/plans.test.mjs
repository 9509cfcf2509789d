// Plans: authoritative saves (the server's own diagnostics), optimistic concurrency with
// ETag / If-Match, every version kept, history, restore, saves as edit commands, and bad
// input refused with nothing stored.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addMember, call, createHousehold, createPlan, familyPlan, psql, readExample, signUp, startServer } from './helpers.mjs';

const planPath = (h, p = '') => `/api/v1/households/${h}/plans${p ? `/${p}` : ''}`;

describe('plans', () => {
  let server;
  let owner;
  let household;
  before(async () => {
    server = await startServer();
    owner = await signUp(server);
    household = await createHousehold(server, owner.token);
  });
  after(async () => { await server.stop(); });

  const versionCount = (planId) => Number(psql(server.databaseUrl, `SELECT count(*) FROM plan_versions WHERE plan_id = '${planId}'`));

  test('create stores version 1 with the diagnostics the server computed', async () => {
    const created = await createPlan(server, owner.token, household.id);
    assert.equal(created.version, 1);
    assert.deepEqual(Object.keys(created.diagnostics), ['summary', 'diagnostics']);
    const read = await call(server, 'GET', planPath(household.id, created.id), { token: owner.token });
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('etag'), '"1"');
    assert.equal(read.json.version, 1);
    assert.equal(read.json.plan.name, familyPlan().name);
    assert.deepEqual(read.json.diagnostics, created.diagnostics);
    const list = await call(server, 'GET', planPath(household.id), { token: owner.token });
    assert.ok(list.json.plans.some((p) => p.id === created.id && p.version === 1));
  });

  test('a save computes its own diagnostics and ignores anything the client claims', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    // A plan with a hard conflict: two lessons for one child at the same time.
    const plan = JSON.parse(readExample('family-conflicts.json'));
    const saved = await call(server, 'POST', `${planPath(household.id, id)}/versions`, {
      token: owner.token, body: plan, headers: { 'If-Match': '"1"' },
    });
    assert.equal(saved.status, 201);
    assert.equal(saved.headers.get('etag'), '"2"');
    assert.ok(saved.json.diagnostics.summary.errors > 0);
    const stored = JSON.parse(psql(server.databaseUrl, `SELECT diagnostics FROM plan_versions WHERE plan_id = '${id}' AND version = 2`));
    assert.deepEqual(stored, saved.json.diagnostics);
  });

  test('a stale save gets 409 with the current version; a save without If-Match gets 428', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    const plan = familyPlan();
    const first = await call(server, 'POST', `${planPath(household.id, id)}/versions`, { token: owner.token, body: plan, headers: { 'If-Match': '"1"' } });
    assert.equal(first.status, 201);
    const stale = await call(server, 'POST', `${planPath(household.id, id)}/versions`, { token: owner.token, body: plan, headers: { 'If-Match': '"1"' } });
    assert.equal(stale.status, 409);
    assert.equal(stale.json.error.code, 'version_conflict');
    assert.equal(stale.json.error.details.current_version, 2);
    const none = await call(server, 'POST', `${planPath(household.id, id)}/versions`, { token: owner.token, body: plan });
    assert.equal(none.status, 428);
    const junk = await call(server, 'POST', `${planPath(household.id, id)}/versions`, { token: owner.token, body: plan, headers: { 'If-Match': 'W/"x"' } });
    assert.equal(junk.status, 400);
    assert.equal(versionCount(id), 2);
  });

  test('concurrent saves of the same version: exactly one wins, the rest get 409, nothing lost or duplicated', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    const plan = familyPlan();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => {
      const p = { ...plan, name: `attempt ${i}` };
      return call(server, 'POST', `${planPath(household.id, id)}/versions`, { token: owner.token, body: p, headers: { 'If-Match': '"1"' } });
    }));
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, ...Array(11).fill(409)]);
    const winner = results.find((r) => r.status === 201);
    assert.equal(winner.json.version, 2);
    assert.equal(versionCount(id), 2);
    const read = await call(server, 'GET', planPath(household.id, id), { token: owner.token });
    const winnerIndex = results.indexOf(winner);
    assert.equal(read.json.plan.name, `attempt ${winnerIndex}`);
  });

  test('a malformed plan is refused with the decoder paths, and nothing is stored', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    const plan = familyPlan();
    plan.students[1].day.end = '07:00';
    plan.extra = true;
    const r = await call(server, 'POST', `${planPath(household.id, id)}/versions`, { token: owner.token, body: plan, headers: { 'If-Match': '"1"' } });
    assert.equal(r.status, 422);
    assert.equal(r.json.error.code, 'invalid_plan');
    const paths = r.json.error.details.errors.map((e) => e.path);
    assert.ok(paths.includes('/students/1/day/end'), JSON.stringify(paths));
    assert.ok(paths.includes('/extra'), JSON.stringify(paths));
    const notJson = await call(server, 'POST', `${planPath(household.id, id)}/versions`, { token: owner.token, body: '{"format":', headers: { 'If-Match': '"1"' } });
    assert.equal(notJson.status, 422);
    assert.equal(versionCount(id), 1);
    // The same in a create: paths point into the request body.
    const before = Number(psql(server.databaseUrl, 'SELECT count(*) FROM plans'));
    const create = await call(server, 'POST', planPath(household.id), { token: owner.token, body: { name: 'x', plan } });
    assert.equal(create.status, 422);
    assert.ok(create.json.error.details.errors.some((e) => e.path === '/plan/students/1/day/end'));
    assert.equal(Number(psql(server.databaseUrl, 'SELECT count(*) FROM plans')), before);
  });

  test('a plan over the core limits is refused with the limit named', async () => {
    const plan = familyPlan();
    plan.name = 'n'.repeat(500);
    const r = await call(server, 'POST', planPath(household.id), { token: owner.token, body: { name: 'big', plan } });
    assert.equal(r.status, 422);
    assert.equal(r.json.error.details.errors[0].path, '/plan/name');
  });

  test('bad request bodies: wrong types, unknown fields, missing fields', async () => {
    const cases = [
      [{ name: 'x' }, 'plan: required'],
      [{ name: 3, plan: {} }, 'name: expected a string'],
      [{ name: 'x', plan: [] }, 'plan: expected a plan document (an object)'],
      [{ name: 'x', plan: {}, owner: 'me' }, 'unknown field "owner"'],
    ];
    for (const [body, message] of cases) {
      const r = await call(server, 'POST', planPath(household.id), { token: owner.token, body });
      assert.equal(r.status, 400);
      assert.equal(r.json.error.message, message);
    }
  });

  test('history lists every version with author and counts; restore makes a new version', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    const guardian = await addMember(server, owner.token, household.id, 'guardian');
    const conflicts = JSON.parse(readExample('family-conflicts.json'));
    await call(server, 'POST', `${planPath(household.id, id)}/versions`, { token: guardian.token, body: conflicts, headers: { 'If-Match': '"1"' } });
    const history = await call(server, 'GET', `${planPath(household.id, id)}/versions`, { token: owner.token });
    assert.deepEqual(history.json.versions.map((v) => [v.version, v.source, v.author.email]), [[2, 'save', guardian.email], [1, 'create', owner.email]]);
    assert.ok(history.json.versions[0].summary.errors > 0);
    assert.equal(history.json.versions[1].summary.errors, 0);
    const v1 = await call(server, 'GET', `${planPath(household.id, id)}/versions/1`, { token: owner.token });
    assert.equal(v1.json.document_version, 1);
    assert.equal(v1.json.plan.name, familyPlan().name);
    const stale = await call(server, 'POST', `${planPath(household.id, id)}/versions/1/restore`, { token: owner.token, headers: { 'If-Match': '"1"' } });
    assert.equal(stale.status, 409);
    const restored = await call(server, 'POST', `${planPath(household.id, id)}/versions/1/restore`, { token: owner.token, headers: { 'If-Match': '"2"' } });
    assert.equal(restored.status, 201);
    assert.equal(restored.json.version, 3);
    const now = await call(server, 'GET', planPath(household.id, id), { token: owner.token });
    assert.deepEqual(now.json.plan, v1.json.plan);
    const h2 = await call(server, 'GET', `${planPath(household.id, id)}/versions`, { token: owner.token });
    assert.equal(h2.json.versions[0].restored_from, 1);
    assert.equal((await call(server, 'GET', `${planPath(household.id, id)}/versions/9`, { token: owner.token })).status, 404);
  });

  test('a save as edit commands applies them through the core session', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    const edits = [
      { op: 'move', lesson: 'theo-math-mon', day: 'tue', start: '13:00' },
      { op: 'resize', lesson: 'sam-piano-mon', duration: 45 },
    ];
    const r = await call(server, 'POST', `${planPath(household.id, id)}/edits`, { token: owner.token, body: { edits }, headers: { 'If-Match': '"1"' } });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.version, 2);
    const read = await call(server, 'GET', planPath(household.id, id), { token: owner.token });
    const math = read.json.plan.placements.find((p) => p.id === 'theo-math-mon');
    assert.deepEqual([math.day, math.start], ['tue', '13:00']);
    assert.equal(read.json.plan.placements.find((p) => p.id === 'sam-piano-mon').duration, 45);
    // The stored diagnostics equal a full validation of the stored document.
    const full = await call(server, 'POST', '/api/v1/validate', { token: owner.token, body: read.json.plan });
    assert.deepEqual(read.json.diagnostics, full.json);
    const history = await call(server, 'GET', `${planPath(household.id, id)}/versions`, { token: owner.token });
    assert.equal(history.json.versions[0].source, 'edits');
  });

  test('a run of edits, a save in between and a rejected edit: every stored version equals a full validation', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    const url = `${planPath(household.id, id)}`;
    const edit = (version, edits) => call(server, 'POST', `${url}/edits`, { token: owner.token, body: { edits }, headers: { 'If-Match': `"${version}"` } });
    assert.equal((await edit(1, [{ op: 'move', lesson: 'theo-math-mon', day: 'tue', start: '13:00' }])).status, 201);
    // The second edit starts from the session the first one left in memory.
    assert.equal((await edit(2, [{ op: 'resize', lesson: 'sam-piano-mon', duration: 45 }])).status, 201);
    // A whole-document save moves the plan on: an edit against version 3 is stale now.
    assert.equal((await call(server, 'POST', `${url}/versions`, { token: owner.token, body: familyPlan(), headers: { 'If-Match': '"3"' } })).status, 201);
    assert.equal((await edit(3, [{ op: 'remove', lesson: 'theo-math-mon' }])).status, 409);
    // A rejected edit leaves nothing behind; the next one starts from the stored version.
    assert.equal((await edit(4, [{ op: 'resize', lesson: 'sam-piano-mon', duration: 60 }, { op: 'remove', lesson: 'nope' }])).status, 422);
    assert.equal((await edit(4, [{ op: 'move', lesson: 'theo-math-mon', day: 'thu', start: '13:00' }])).status, 201);
    for (const v of [2, 3, 5]) {
      const stored = await call(server, 'GET', `${url}/versions/${v}`, { token: owner.token });
      const full = await call(server, 'POST', '/api/v1/validate', { token: owner.token, body: stored.json.plan });
      assert.deepEqual(stored.json.diagnostics, full.json, `version ${v}`);
    }
    const v5 = (await call(server, 'GET', `${url}/versions/5`, { token: owner.token })).json.plan;
    const math = v5.placements.find((p) => p.id === 'theo-math-mon');
    assert.deepEqual([math.day, math.start], ['thu', '13:00'], 'the rejected batch left no trace');
    assert.equal(v5.placements.find((p) => p.id === 'sam-piano-mon').duration, familyPlan().placements.find((p) => p.id === 'sam-piano-mon').duration);
  });

  test('bad edit commands are refused with their path, and nothing is stored', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    const badOp = await call(server, 'POST', `${planPath(household.id, id)}/edits`, {
      token: owner.token, body: { edits: [{ op: 'move', lesson: 'theo-math-mon', day: 'tue', start: '13:00' }, { op: 'fly' }] }, headers: { 'If-Match': '"1"' },
    });
    assert.equal(badOp.status, 422);
    assert.equal(badOp.json.error.code, 'invalid_edit');
    assert.ok(badOp.json.error.details.errors[0].path.startsWith('/edits/1'));
    const unknown = await call(server, 'POST', `${planPath(household.id, id)}/edits`, {
      token: owner.token, body: { edits: [{ op: 'remove', lesson: 'no-such-lesson' }] }, headers: { 'If-Match': '"1"' },
    });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.json.error.code, 'edit_rejected');
    assert.equal(unknown.json.error.details.index, 0);
    const stale = await call(server, 'POST', `${planPath(household.id, id)}/edits`, {
      token: owner.token, body: { edits: [{ op: 'remove', lesson: 'theo-math-mon' }] }, headers: { 'If-Match': '"7"' },
    });
    assert.equal(stale.status, 409);
    const empty = await call(server, 'POST', `${planPath(household.id, id)}/edits`, { token: owner.token, body: { edits: [] }, headers: { 'If-Match': '"1"' } });
    assert.equal(empty.status, 400);
    assert.equal(versionCount(id), 1);
  });

  test('rename and delete', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    const renamed = await call(server, 'PATCH', planPath(household.id, id), { token: owner.token, body: { name: 'Spring term' } });
    assert.equal(renamed.json.name, 'Spring term');
    assert.equal(renamed.json.version, 1, 'renaming makes no version');
    assert.equal((await call(server, 'DELETE', planPath(household.id, id), { token: owner.token })).status, 204);
    assert.equal((await call(server, 'GET', planPath(household.id, id), { token: owner.token })).status, 404);
    assert.equal(versionCount(id), 0);
  });

  test('viewers read; they cannot save', async () => {
    const { id } = await createPlan(server, owner.token, household.id);
    const viewer = await addMember(server, owner.token, household.id, 'viewer');
    assert.equal((await call(server, 'GET', planPath(household.id, id), { token: viewer.token })).status, 200);
    const save = await call(server, 'POST', `${planPath(household.id, id)}/versions`, { token: viewer.token, body: familyPlan(), headers: { 'If-Match': '"1"' } });
    assert.equal(save.status, 403);
    assert.equal(versionCount(id), 1);
  });

  test('the co-op plan (670 KB) saves and reads back', async () => {
    const coop = JSON.parse(readExample('coop-300.json'));
    const created = await createPlan(server, owner.token, household.id, coop, 'Co-op');
    const read = await call(server, 'GET', planPath(household.id, created.id), { token: owner.token });
    assert.equal(read.json.plan.placements.length, coop.placements.length);
  });
});
