// With REDIS_URL the session cache ("is this session still active?") is shared: one
// server's database read saves the others theirs, and a session ended on one server is
// refused by every other at once, however long entries are trusted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, createDatabase, metricSample, redisContents, signUp, startRedis, startServer } from './helpers.mjs';

const cacheCounts = async (server) => {
  const text = (await call(server, 'GET', '/metrics')).text;
  return {
    hits: metricSample(text, 'brightpath_cache_hits_total', { cache: 'sessions' }) ?? 0,
    misses: metricSample(text, 'brightpath_cache_misses_total', { cache: 'sessions' }) ?? 0,
  };
};

describe('with Redis', () => {
  let redis;
  let a;
  let b;
  before(async () => {
    redis = await startRedis();
    const databaseUrl = createDatabase();
    // Entries trusted for a minute: only invalidation can make the other server refuse in time.
    const env = { REDIS_URL: redis.url, BRIGHTPATH_SESSION_RECHECK_SECONDS: '60' };
    [a, b] = await Promise.all([1, 2].map(() => startServer({ databaseUrl, env })));
  });
  after(async () => {
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
  });

  test('one server reads the database, the other finds the session in the cache; /metrics shows both', async () => {
    const parent = await signUp(a);
    const [a0, b0] = [await cacheCounts(a), await cacheCounts(b)];
    assert.equal((await call(a, 'GET', '/api/v1/account', { token: parent.token })).status, 200);
    for (let i = 0; i < 3; i++) assert.equal((await call(b, 'GET', '/api/v1/account', { token: parent.token })).status, 200);
    const [a1, b1] = [await cacheCounts(a), await cacheCounts(b)];
    assert.deepEqual({ hits: a1.hits - a0.hits, misses: a1.misses - a0.misses }, { hits: 0, misses: 1 });
    assert.deepEqual({ hits: b1.hits - b0.hits, misses: b1.misses - b0.misses }, { hits: 3, misses: 0 });
    assert.match((await call(b, 'GET', '/metrics')).text, /# TYPE brightpath_cache_hits_total counter/);
  });

  test('signed out on server A: server B refuses the token at once', async () => {
    const parent = await signUp(a);
    assert.equal((await call(b, 'GET', '/api/v1/account', { token: parent.token })).status, 200, 'cached as active');
    assert.equal((await call(a, 'POST', '/api/v1/auth/signout', { token: parent.token })).status, 204);
    const refused = await call(b, 'GET', '/api/v1/account', { token: parent.token });
    assert.equal(refused.status, 401);
    assert.equal(refused.json.error.code, 'unauthenticated');
    assert.equal((await call(a, 'GET', '/api/v1/account', { token: parent.token })).status, 401);
  });

  test('a password changed on server A ends the other sessions on server B at once', async () => {
    const parent = await signUp(a);
    const other = await call(a, 'POST', '/api/v1/auth/signin', { body: { email: parent.email, password: parent.password } });
    const otherToken = other.json.access_token;
    assert.equal((await call(b, 'GET', '/api/v1/account', { token: otherToken })).status, 200);
    const change = await call(a, 'POST', '/api/v1/account/password',
      { token: parent.token, body: { current_password: parent.password, new_password: 'another long password' } });
    assert.equal(change.status, 204);
    assert.equal((await call(b, 'GET', '/api/v1/account', { token: otherToken })).status, 401, 'the other session ended');
    assert.equal((await call(b, 'GET', '/api/v1/account', { token: parent.token })).status, 200, 'the changing one goes on');
  });

  test('a reused refresh token on server A ends its session on server B at once', async () => {
    const parent = await signUp(a);
    assert.equal((await call(b, 'GET', '/api/v1/account', { token: parent.token })).status, 200);
    assert.equal((await call(a, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: parent.refresh } })).status, 200);
    assert.equal((await call(a, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: parent.refresh } })).json.error.code,
      'refresh_token_reused');
    assert.equal((await call(b, 'GET', '/api/v1/account', { token: parent.token })).status, 401);
  });

  test('a deleted account is refused on server B at once', async () => {
    const parent = await signUp(a);
    assert.equal((await call(b, 'GET', '/api/v1/account', { token: parent.token })).status, 200);
    assert.equal((await call(a, 'DELETE', '/api/v1/account', { token: parent.token, body: { password: parent.password } })).status, 204);
    assert.equal((await call(b, 'GET', '/api/v1/households', { token: parent.token })).status, 401);
  });

  test('the cache holds session and account ids under hashes, never an email', async () => {
    const parent = await signUp(a);
    await call(b, 'GET', '/api/v1/account', { token: parent.token });
    const contents = redisContents(redis);
    assert.match(contents, new RegExp(`^brightpath:session:[0-9a-f]{64} ${parent.id}$`, 'm'));
    assert.ok(!contents.includes('@'));
  });
});

describe('without Redis', () => {
  test('the in-process cache counts its hits and misses too', async () => {
    const server = await startServer();
    try {
      const parent = await signUp(server);
      for (let i = 0; i < 3; i++) await call(server, 'GET', '/api/v1/account', { token: parent.token });
      const { hits, misses } = await cacheCounts(server);
      assert.equal(misses, 1);
      assert.equal(hits, 2);
      assert.doesNotMatch((await call(server, 'GET', '/metrics')).text, /brightpath_redis/);
    } finally {
      await server.stop();
    }
  });
});
