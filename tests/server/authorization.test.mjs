// The authorization matrix, generated from the route table (docs/api/openapi.json, which
// openapi.test.mjs holds equal to the server's routes): every operation is called as
// {no session, a member of another household, viewer, guardian, owner} and must answer
// what its x-brightpath-access promises: 401 without a session, 404 for outsiders (as if
// the household did not exist), 403 below the role, its documented success otherwise.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addMember, call, createHousehold, createPlan, familyPlan, root, signUp, startServer } from './helpers.mjs';

const openapi = JSON.parse(readFileSync(path.join(root, 'docs/api/openapi.json'), 'utf8'));
const callers = ['none', 'other', 'viewer', 'guardian', 'owner'];
const rank = { viewer: 0, guardian: 1, owner: 2 };
const password = 'a long enough password';

function expected(access, caller, success) {
  if (access === 'public') return success;
  if (caller === 'none') return 401;
  if (access === 'account') return success;
  if (caller === 'other') return 404;
  return rank[caller] >= rank[access] ? success : 403;
}

// What to send for each operation, given the fixture and the caller. Operations that end
// or change a session or an account act on a fresh one, so the matrix's own tokens stay valid.
async function requestFor(server, fx, op, caller) {
  const token = caller === 'none' ? undefined : fx[caller].token;
  const currentVersion = async () => {
    const r = await call(server, 'GET', `/api/v1/households/${fx.household.id}/plans/${fx.plan.id}`, { token: fx.owner.token });
    return r.json?.version ?? 1;
  };
  const fresh = async () => (caller === 'none' ? undefined : (await signUp(server)).token);
  switch (op) {
    case 'POST /api/v1/auth/signup':
      return { body: { email: `new${Math.random().toString(36).slice(2)}@example.org`, password } };
    case 'POST /api/v1/auth/signin': {
      const a = await signUp(server);
      return { token, body: { email: a.email, password } };
    }
    case 'POST /api/v1/auth/refresh': {
      const a = await signUp(server);
      return { token, body: { refresh_token: a.refresh } };
    }
    case 'POST /api/v1/auth/signout':
      return { token: await fresh() };
    case 'POST /api/v1/account/password':
      return { token: await fresh(), body: { current_password: password, new_password: 'another long password' } };
    case 'DELETE /api/v1/account':
      return { token: await fresh(), body: { password } };
    case 'POST /api/v1/invitations/{token}/accept': {
      const host = await signUp(server);
      const h = await createHousehold(server, host.token);
      const inv = await call(server, 'POST', `/api/v1/households/${h.id}/invitations`, { token: host.token, body: { role: 'viewer' } });
      return { token, params: { token: inv.json.token } };
    }
    case 'POST /api/v1/households':
    case 'PATCH /api/v1/households/{household}':
    case 'PATCH /api/v1/households/{household}/plans/{plan}':
      return { token, body: { name: 'Renamed' } };
    case 'POST /api/v1/households/{household}/invitations':
      return { token, body: { role: 'viewer' } };
    case 'PATCH /api/v1/households/{household}/members/{account}':
      return { token, body: { role: 'guardian' } };
    case 'POST /api/v1/households/{household}/plans':
      return { token, body: { name: 'Another', plan: familyPlan() } };
    case 'POST /api/v1/households/{household}/plans/{plan}/versions':
      return { token, body: familyPlan(), headers: { 'If-Match': `"${await currentVersion()}"` } };
    case 'POST /api/v1/households/{household}/plans/{plan}/edits':
      return {
        token,
        body: { edits: [{ op: 'move', lesson: 'theo-math-mon', day: 'tue', start: '13:00' }] },
        headers: { 'If-Match': `"${await currentVersion()}"` },
      };
    case 'POST /api/v1/households/{household}/plans/{plan}/versions/{version}/restore':
      return { token, headers: { 'If-Match': `"${await currentVersion()}"` } };
    case 'POST /api/v1/households/{household}/jobs/{job}/accept':
      return { token, params: { job: await fx.job() }, headers: { 'If-Match': `"${await currentVersion()}"` } };
    case 'GET /api/v1/households/{household}/jobs/{job}':
    case 'GET /api/v1/households/{household}/jobs/{job}/events':
    case 'GET /api/v1/households/{household}/jobs/{job}/draft':
    case 'POST /api/v1/households/{household}/jobs/{job}/cancel':
    case 'POST /api/v1/households/{household}/jobs/{job}/discard':
      return { token, params: { job: await fx.job() } };
    case 'POST /api/v1/validate':
      return { token, body: familyPlan() };
    default:
      return { token };
  }
}

describe('authorization matrix', () => {
  let server;
  before(async () => { server = await startServer({ env: { BRIGHTPATH_HOUSEHOLD_ACTIVE_JOBS: '50', BRIGHTPATH_SOLVE_WORKERS: '2' } }); });
  after(async () => { await server.stop(); });

  const operations = Object.entries(openapi.paths).flatMap(([p, item]) =>
    ['get', 'post', 'patch', 'delete'].filter((m) => item[m]).map((m) => ({ method: m.toUpperCase(), path: p, spec: item[m] })));

  for (const { method, path: pattern, spec } of operations) {
    const access = spec['x-brightpath-access'];
    const success = Number(Object.keys(spec.responses).find((s) => s.startsWith('2')));
    test(`${method} ${pattern} (${access})`, async () => {
      // A fresh household per operation: an owner, a viewer, a guardian, a member to act
      // on, one plan; and an outsider with a household of their own.
      const owner = await signUp(server);
      const household = await createHousehold(server, owner.token);
      const fx = {
        owner,
        household,
        viewer: await addMember(server, owner.token, household.id, 'viewer'),
        guardian: await addMember(server, owner.token, household.id, 'guardian'),
        target: await addMember(server, owner.token, household.id, 'viewer'),
        other: await signUp(server),
        plan: await createPlan(server, owner.token, household.id),
      };
      await createHousehold(server, fx.other.token);
      // A finished solve job with a pending draft, made on first use, one per caller.
      fx.job = async () => {
        const r = await call(server, 'POST', `/api/v1/households/${household.id}/plans/${fx.plan.id}/solve`, {
          token: owner.token, body: { time_budget_ms: 500 },
        });
        assert.equal(r.status, 202, r.text);
        for (;;) {
          const j = await call(server, 'GET', `/api/v1/households/${household.id}/jobs/${r.json.id}`, { token: owner.token });
          if (j.json.status === 'succeeded') return r.json.id;
          await new Promise((res) => setTimeout(res, 50));
        }
      };
      const got = {};
      const want = {};
      for (const caller of callers) {
        const req = await requestFor(server, fx, `${method} ${pattern}`, caller);
        const values = { household: household.id, plan: fx.plan.id, version: '1', account: fx.target.id, job: 'unused', ...req.params };
        const url = pattern.replace(/\{(\w+)\}/g, (_, name) => values[name]);
        const r = await call(server, method, url, { token: req.token, body: req.body, headers: req.headers });
        got[caller] = r.status;
        want[caller] = expected(access, caller, success);
        if (r.status !== want[caller]) got[caller] = `${r.status} ${r.text.slice(0, 160)}`;
      }
      assert.deepEqual(got, want);
    });
  }
});
