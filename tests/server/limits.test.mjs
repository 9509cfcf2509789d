// Per-client rate limits: a burst, then the sustained rate; per address (X-Forwarded-For
// behind a trusted proxy); health checks are never limited.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, startServer } from './helpers.mjs';

test('a client beyond its rate gets 429 with Retry-After; other clients and health checks do not', async () => {
  const server = await startServer({
    env: { BRIGHTPATH_RATE_LIMIT_PER_MINUTE: '60', BRIGHTPATH_RATE_LIMIT_BURST: '3', BRIGHTPATH_TRUST_PROXY: '1' },
  });
  try {
    const from = (address) => ({ headers: { 'X-Forwarded-For': `203.0.113.9, ${address}` } });
    for (let i = 0; i < 3; i++) assert.equal((await call(server, 'GET', '/api/v1/account', from('198.51.100.1'))).status, 401);
    const limited = await call(server, 'GET', '/api/v1/account', from('198.51.100.1'));
    assert.equal(limited.status, 429);
    assert.equal(limited.json.error.code, 'rate_limited');
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.equal((await call(server, 'GET', '/api/v1/account', from('198.51.100.2'))).status, 401, 'another address has its own bucket');
    for (let i = 0; i < 5; i++) assert.equal((await call(server, 'GET', '/healthz', from('198.51.100.1'))).status, 200);
    await new Promise((r) => setTimeout(r, 1100));
    assert.equal((await call(server, 'GET', '/api/v1/account', from('198.51.100.1'))).status, 401, 'one token back after a second');
  } finally {
    await server.stop();
  }
});
