// Households and membership: single-use invitations with a role, role changes, removal,
// and another household's data answering like data that does not exist.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addMember, call, createHousehold, signUp, startServer } from './helpers.mjs';

describe('households', () => {
  let server;
  before(async () => { server = await startServer({ env: { BRIGHTPATH_PUBLIC_URL: 'https://brightpath.example.org' } }); });
  after(async () => { await server.stop(); });

  test('the creator is its owner; list, read and rename', async () => {
    const a = await signUp(server);
    const h = await createHousehold(server, a.token, 'The Millers');
    assert.equal(h.role, 'owner');
    assert.deepEqual(h.members.map((m) => [m.account_id, m.role]), [[a.id, 'owner']]);
    const list = await call(server, 'GET', '/api/v1/households', { token: a.token });
    assert.deepEqual(list.json.households.map((x) => x.name), ['The Millers']);
    const renamed = await call(server, 'PATCH', `/api/v1/households/${h.id}`, { token: a.token, body: { name: 'Millers' } });
    assert.equal(renamed.json.name, 'Millers');
    const blank = await call(server, 'PATCH', `/api/v1/households/${h.id}`, { token: a.token, body: { name: '  ' } });
    assert.equal(blank.status, 400);
    assert.equal(blank.json.error.message, 'name: must not be blank');
  });

  test('an invitation link is single-use and gives its role', async () => {
    const owner = await signUp(server);
    const h = await createHousehold(server, owner.token);
    const inv = await call(server, 'POST', `/api/v1/households/${h.id}/invitations`, { token: owner.token, body: { role: 'guardian' } });
    assert.equal(inv.status, 201);
    assert.equal(inv.json.url, `https://brightpath.example.org/invitations/${inv.json.token}`);
    const b = await signUp(server);
    const accepted = await call(server, 'POST', `/api/v1/invitations/${inv.json.token}/accept`, { token: b.token });
    assert.equal(accepted.status, 200);
    assert.equal(accepted.json.role, 'guardian');
    const c = await signUp(server);
    assert.ok(!server.stdout.includes(inv.json.token), 'the invitation token never reaches the log');
    const again = await call(server, 'POST', `/api/v1/invitations/${inv.json.token}/accept`, { token: c.token });
    assert.equal(again.status, 404);
    assert.equal(again.json.error.code, 'invitation_not_found');
    const badRole = await call(server, 'POST', `/api/v1/households/${h.id}/invitations`, { token: owner.token, body: { role: 'admin' } });
    assert.equal(badRole.status, 400);
  });

  test('a member cannot accept another invitation to the same household', async () => {
    const owner = await signUp(server);
    const h = await createHousehold(server, owner.token);
    const inv = await call(server, 'POST', `/api/v1/households/${h.id}/invitations`, { token: owner.token, body: { role: 'viewer' } });
    const r = await call(server, 'POST', `/api/v1/invitations/${inv.json.token}/accept`, { token: owner.token });
    assert.equal(r.status, 409);
    assert.equal(r.json.error.code, 'already_member');
  });

  test('owners change roles and remove members; others cannot', async () => {
    const owner = await signUp(server);
    const h = await createHousehold(server, owner.token);
    const viewer = await addMember(server, owner.token, h.id, 'viewer');
    const guardian = await addMember(server, owner.token, h.id, 'guardian');
    const byGuardian = await call(server, 'PATCH', `/api/v1/households/${h.id}/members/${viewer.id}`, {
      token: guardian.token, body: { role: 'owner' },
    });
    assert.equal(byGuardian.status, 403);
    assert.equal(byGuardian.json.error.code, 'forbidden');
    const promoted = await call(server, 'PATCH', `/api/v1/households/${h.id}/members/${viewer.id}`, {
      token: owner.token, body: { role: 'guardian' },
    });
    assert.equal(promoted.json.members.find((m) => m.account_id === viewer.id).role, 'guardian');
    assert.equal((await call(server, 'DELETE', `/api/v1/households/${h.id}/members/${viewer.id}`, { token: guardian.token })).status, 403);
    assert.equal((await call(server, 'DELETE', `/api/v1/households/${h.id}/members/${viewer.id}`, { token: owner.token })).status, 204);
    assert.equal((await call(server, 'GET', `/api/v1/households/${h.id}`, { token: viewer.token })).status, 404);
    // A member may leave on their own.
    assert.equal((await call(server, 'DELETE', `/api/v1/households/${h.id}/members/${guardian.id}`, { token: guardian.token })).status, 204);
  });

  test('a household keeps at least one owner', async () => {
    const owner = await signUp(server);
    const h = await createHousehold(server, owner.token);
    const demote = await call(server, 'PATCH', `/api/v1/households/${h.id}/members/${owner.id}`, { token: owner.token, body: { role: 'viewer' } });
    assert.equal(demote.status, 409);
    assert.equal(demote.json.error.code, 'last_owner');
    assert.equal((await call(server, 'DELETE', `/api/v1/households/${h.id}/members/${owner.id}`, { token: owner.token })).status, 409);
    // With a second owner, the first may step down.
    const second = await addMember(server, owner.token, h.id, 'owner');
    const ok = await call(server, 'PATCH', `/api/v1/households/${h.id}/members/${owner.id}`, { token: second.token, body: { role: 'viewer' } });
    assert.equal(ok.status, 200);
  });

  test('deleting an account that alone owns a household with other members is refused', async () => {
    const owner = await signUp(server);
    const h = await createHousehold(server, owner.token);
    await addMember(server, owner.token, h.id, 'guardian');
    const r = await call(server, 'DELETE', '/api/v1/account', { token: owner.token, body: { password: owner.password } });
    assert.equal(r.status, 409);
    assert.equal(r.json.error.code, 'sole_owner');
    assert.deepEqual(r.json.error.details.households, [h.id]);
  });

  test("another household's data answers exactly like missing data", async () => {
    const a = await signUp(server);
    const b = await signUp(server);
    const h = await createHousehold(server, a.token);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [method, suffix, body] of [
      ['GET', '', undefined], ['PATCH', '', { name: 'x' }], ['DELETE', '', undefined],
      ['POST', '/invitations', { role: 'viewer' }], ['GET', '/plans', undefined],
    ]) {
      const foreign = await call(server, method, `/api/v1/households/${h.id}${suffix}`, { token: b.token, body });
      const absent = await call(server, method, `/api/v1/households/${missing}${suffix}`, { token: b.token, body });
      assert.equal(foreign.status, 404, `${method} ${suffix}`);
      assert.deepEqual(foreign.json, absent.json);
    }
    assert.equal((await call(server, 'GET', '/api/v1/households/not-a-uuid', { token: b.token })).status, 404);
  });

  test('an owner deletes the household', async () => {
    const owner = await signUp(server);
    const h = await createHousehold(server, owner.token);
    const g = await addMember(server, owner.token, h.id, 'guardian');
    assert.equal((await call(server, 'DELETE', `/api/v1/households/${h.id}`, { token: g.token })).status, 403);
    assert.equal((await call(server, 'DELETE', `/api/v1/households/${h.id}`, { token: owner.token })).status, 204);
    assert.equal((await call(server, 'GET', `/api/v1/households/${h.id}`, { token: owner.token })).status, 404);
  });
});
