// Bad input on every route that takes a body, generated from the route table
// (docs/api/openapi.json): malformed JSON, a wrong type, an unknown field, an oversized
// body. Each answers a 4xx in the JSON error shape with a message, and stores nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addMember, call, createHousehold, createPlan, psql, root, signUp, startServer } from './helpers.mjs';

const openapi = JSON.parse(readFileSync(path.join(root, 'docs/api/openapi.json'), 'utf8'));
const withBody = Object.entries(openapi.paths).flatMap(([p, item]) =>
  ['post', 'patch', 'delete'].filter((m) => item[m]?.requestBody).map((m) => ({ method: m.toUpperCase(), path: p })));

// Every row count of the schema, to check that a refused request stored nothing.
const snapshot = (databaseUrl) => psql(databaseUrl, `SELECT string_agg(format('%s=%s', c.relname,
  (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', c.relname), false, true, '')))[1]::text), ',' ORDER BY c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'
  AND c.relname NOT IN ('signin_failures')`);

describe('bad input on every route with a body', () => {
  let server;
  let fx;
  before(async () => {
    server = await startServer({ env: { BRIGHTPATH_MAX_BODY_BYTES: String(20 * 1024 * 1024) } });
    const owner = await signUp(server);
    const household = await createHousehold(server, owner.token);
    fx = { owner, household, member: await addMember(server, owner.token, household.id, 'viewer'), plan: await createPlan(server, owner.token, household.id) };
  });
  after(async () => { await server.stop(); });

  const url = (pattern) => pattern.replace(/\{(\w+)\}/g, (_, name) => ({
    household: fx.household.id, plan: fx.plan.id, version: '1', account: fx.member.id,
    job: '00000000-0000-4000-8000-000000000000', token: 'no-such-invitation',
  })[name]);

  for (const { method, path: pattern } of withBody) {
    test(`${method} ${pattern}`, async () => {
      const headers = { 'If-Match': '"1"' };
      const before = snapshot(server.databaseUrl);
      const cases = {
        malformed: '{"name": ',
        wrongType: '["an array, not an object"]',
        unknownField: JSON.stringify({ surprise: true }),
        oversized: `{"name": "${'x'.repeat(21 * 1024 * 1024)}"}`,
      };
      for (const [what, body] of Object.entries(cases)) {
        const r = await call(server, method, url(pattern), { token: fx.owner.token, body, headers });
        assert.ok(r.status >= 400 && r.status < 500, `${what}: ${r.status} ${r.text.slice(0, 200)}`);
        assert.equal(typeof r.json?.error?.code, 'string', `${what}: ${r.text.slice(0, 200)}`);
        assert.ok(r.json.error.message.length > 5, what);
        if (what === 'oversized') assert.equal(r.status, 413);
      }
      assert.equal(snapshot(server.databaseUrl), before, 'nothing was stored');
    });
  }
});
