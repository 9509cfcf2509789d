// With REDIS_URL the API rate limit is one bucket per client address for every server:
// requests alternating between two servers meet the limit at the same count as one server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, createDatabase, redisContents, startRedis, startServer } from './helpers.mjs';

// Burst 5, then one request a minute: the sixth request in a row is refused whenever it comes.
const limits = { BRIGHTPATH_RATE_LIMIT_PER_MINUTE: '1', BRIGHTPATH_RATE_LIMIT_BURST: '5', BRIGHTPATH_TRUST_PROXY: '1' };
const from = (address) => ({ headers: { 'X-Forwarded-For': address } });

let redis;
let servers;
before(async () => {
  redis = await startRedis();
  const databaseUrl = createDatabase();
  servers = await Promise.all([1, 2].map(() => startServer({ databaseUrl, env: { ...limits, REDIS_URL: redis.url } })));
});
after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await redis.stop();
});

// How many requests in a row, sent to `pick(i)`, go through before the first 429.
async function admittedBeforeLimit(pick, address) {
  for (let i = 0; i < 20; i++) {
    const r = await call(pick(i), 'GET', '/api/v1/account', from(address));
    if (r.status === 429) {
      assert.equal(r.json.error.code, 'rate_limited');
      assert.ok(Number(r.headers.get('retry-after')) >= 1);
      return i;
    }
    assert.equal(r.status, 401);
  }
  return Infinity;
}

test('requests alternating between two servers hit the limit at the same count as one server', async () => {
  assert.equal(await admittedBeforeLimit(() => servers[0], '198.51.100.1'), 5, 'one server');
  assert.equal(await admittedBeforeLimit((i) => servers[i % 2], '198.51.100.2'), 5, 'two servers, alternating');
  // Once limited on one server, the address is limited on the other too.
  assert.equal((await call(servers[1], 'GET', '/api/v1/account', from('198.51.100.1'))).status, 429);
  assert.equal((await call(servers[0], 'GET', '/api/v1/account', from('198.51.100.3'))).status, 401, 'other addresses are not');
});

test('Redis holds the buckets under a hash of the address, never the address', async () => {
  await call(servers[0], 'GET', '/api/v1/account', from('203.0.113.77'));
  const contents = redisContents(redis);
  assert.match(contents, /^brightpath:ratelimit:[0-9a-f]{64} /m);
  assert.ok(!contents.includes('203.0.113.77'));
});
