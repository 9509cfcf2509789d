// docs/api/openapi.json describes exactly the routes the server registers, and the server
// serves that same document.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { call, root, serverBin, startServer } from './helpers.mjs';

export const openapi = JSON.parse(readFileSync(path.join(root, 'docs/api/openapi.json'), 'utf8'));
const methods = ['get', 'post', 'put', 'patch', 'delete'];
const documented = Object.entries(openapi.paths)
  .flatMap(([p, item]) => methods.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${p}`))
  .sort();

test('every registered route is documented and every documented route is registered', () => {
  const registered = execFileSync(serverBin, ['--routes'], { encoding: 'utf8', env: { PATH: process.env.PATH } })
    .trim().split('\n').sort();
  assert.deepEqual(registered, documented);
});

test('every operation says who may call it and documents a success answer', () => {
  for (const [p, item] of Object.entries(openapi.paths)) {
    for (const m of methods.filter((x) => item[x])) {
      const operation = item[m];
      assert.ok(['public', 'account', 'viewer', 'guardian', 'owner'].includes(operation['x-brightpath-access']), `${m} ${p}`);
      assert.equal(Object.keys(operation.responses).filter((s) => s.startsWith('2')).length, 1, `${m} ${p}`);
      for (const name of p.match(/\{(\w+)\}/g) ?? []) {
        assert.ok(operation.parameters?.some((x) => x.in === 'path' && `{${x.name}}` === name), `${m} ${p} documents ${name}`);
      }
    }
  }
});

test('the server serves the same document at /api/v1/openapi.json', async () => {
  const server = await startServer();
  try {
    const r = await call(server, 'GET', '/api/v1/openapi.json');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, openapi);
    assert.equal(r.json.openapi, '3.1.0');
  } finally {
    await server.stop();
  }
});
