// Redis killed mid-run: the servers go on. The rate limit falls back to each server's own
// buckets, failed sign-ins to PostgreSQL's counts (never open), the session cache to asking
// the database every time; each fallback is counted in /metrics and logged. When Redis is
// back the servers use it again by themselves.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, createDatabase, metricSample, psql, sleep, startRedis, startServer } from './helpers.mjs';

const env = {
  BRIGHTPATH_RATE_LIMIT_PER_MINUTE: '1', BRIGHTPATH_RATE_LIMIT_BURST: '5', BRIGHTPATH_TRUST_PROXY: '1',
  BRIGHTPATH_SIGNIN_FREE_FAILURES: '100', BRIGHTPATH_SIGNIN_LOCK_FAILURES: '4',
  BRIGHTPATH_SESSION_RECHECK_SECONDS: '60',
};

// Every request but the rate limit's own comes from an address of its own, so that only
// those requests meet the limit.
let next = 0;
const fresh = () => ({ 'X-Forwarded-For': `10.9.${next >> 8}.${next++ & 255}` });
const req = (server, method, url, options = {}) => call(server, method, url, { ...options, headers: { ...fresh(), ...options.headers } });

async function admittedBeforeLimit(pick, address) {
  for (let i = 0; i < 20; i++) {
    const r = await call(pick(i), 'GET', '/api/v1/account', { headers: { 'X-Forwarded-For': address } });
    if (r.status === 429) return i;
    assert.equal(r.status, 401);
  }
  return Infinity;
}

const metricsOf = async (server) => (await call(server, 'GET', '/metrics')).text;

test('Redis killed mid-run: the servers go on with their fallbacks, and use Redis again once it is back', { timeout: 60000 }, async () => {
  const redis = await startRedis();
  const databaseUrl = createDatabase();
  const servers = await Promise.all([1, 2].map(() => startServer({ databaseUrl, env: { ...env, REDIS_URL: redis.url } })));
  const [a, b] = servers;
  try {
    const email = `outage${Date.now()}@example.org`;
    const password = 'a long enough password';
    const signup = await req(a, 'POST', '/api/v1/auth/signup', { body: { email, password } });
    assert.equal(signup.status, 201);
    const token = signup.json.access_token;
    assert.equal((await req(b, 'GET', '/api/v1/account', { token })).status, 200);
    assert.equal(metricSample(await metricsOf(a), 'brightpath_redis_up'), 1);

    await redis.stop('SIGKILL');

    // Sessions: every request asks the database; a sign-out on A holds on B at once.
    for (const s of servers) assert.equal((await req(s, 'GET', '/api/v1/account', { token })).status, 200);
    const second = await req(a, 'POST', '/api/v1/auth/signin', { body: { email, password } });
    assert.equal(second.status, 200);
    assert.equal((await req(b, 'GET', '/api/v1/account', { token: second.json.access_token })).status, 200);
    assert.equal((await req(a, 'POST', '/api/v1/auth/signout', { token: second.json.access_token })).status, 204);
    assert.equal((await req(b, 'GET', '/api/v1/account', { token: second.json.access_token })).status, 401);

    // The rate limit: each server counts on its own.
    assert.equal(await admittedBeforeLimit(() => a, '198.51.100.40'), 5);
    assert.equal(await admittedBeforeLimit(() => b, '198.51.100.40'), 5, 'B has its own bucket while Redis is down');

    // Failed sign-ins: counted in PostgreSQL, shared by both servers, still locking.
    let status;
    for (let i = 0; i < 5; i++) {
      status = (await req(servers[i % 2], 'POST', '/api/v1/auth/signin', { body: { email, password: 'not the password' } })).status;
      if (i < 4) assert.equal(status, 401);
    }
    assert.equal(status, 429, 'locked after four failures over two servers');
    assert.ok(Number(psql(databaseUrl, 'SELECT count(*) FROM signin_failures')) >= 4);

    for (const s of servers) {
      assert.equal((await call(s, 'GET', '/readyz')).status, 200, 'Redis is not needed to be ready');
      const m = await metricsOf(s);
      assert.equal(metricSample(m, 'brightpath_redis_up'), 0);
      for (const use of ['rate_limit', 'signin_throttle', 'session_cache']) {
        assert.ok(metricSample(m, 'brightpath_redis_fallbacks_total', { use }) >= 1, `${use} fallbacks counted`);
      }
      const warnings = s.logLines().filter((l) => l.level === 'warn' && l.use);
      assert.ok(warnings.length >= 1 && warnings.length <= 9, 'warned, at most once per use every 10 s');
    }

    // Back on the same port: the servers reconnect by themselves.
    const again = await startRedis({ port: redis.port });
    try {
      for (const s of servers) {
        for (let i = 0; metricSample(await metricsOf(s), 'brightpath_redis_up') !== 1; i++) {
          assert.ok(i < 50, 'the server uses Redis again');
          await sleep(100);
        }
      }
      assert.equal(await admittedBeforeLimit((i) => servers[i % 2], '198.51.100.41'), 5, 'one bucket for both servers again');
      const third = await req(b, 'POST', '/api/v1/auth/signin', { body: { email: `nobody${next}@example.org`, password } });
      assert.equal(third.status, 401);
      assert.match(again.cli('KEYS', 'brightpath:signin:*'), /brightpath:signin:/, 'failures are counted in Redis again');
    } finally {
      await again.stop();
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await redis.stop();
  }
});

test('Redis that stops answering (the process frozen): requests wait at most the timeout, then use the fallbacks', { timeout: 60000 }, async () => {
  const redis = await startRedis();
  const server = await startServer({ env: { ...env, REDIS_URL: redis.url, BRIGHTPATH_REDIS_TIMEOUT_MS: '200' } });
  try {
    const email = `frozen${Date.now()}@example.org`;
    const signup = await req(server, 'POST', '/api/v1/auth/signup', { body: { email, password: 'a long enough password' } });
    assert.equal(signup.status, 201);
    redis.proc.kill('SIGSTOP');
    try {
      for (let i = 0; i < 5; i++) {
        assert.equal((await req(server, 'GET', '/api/v1/account', { token: signup.json.access_token })).status, 200);
      }
      assert.equal(metricSample(await metricsOf(server), 'brightpath_redis_up'), 0);
    } finally {
      redis.proc.kill('SIGCONT');
    }
    for (let i = 0; metricSample(await metricsOf(server), 'brightpath_redis_up') !== 1; i++) {
      assert.ok(i < 50, 'the server uses Redis again');
      await sleep(100);
    }
    assert.equal((await req(server, 'GET', '/api/v1/account', { token: signup.json.access_token })).status, 200);
  } finally {
    await server.stop();
    await redis.stop();
  }
});

test('a Redis that requires a password: REDIS_URL with it works; a wrong one means the fallbacks, never repeated in the log', async () => {
  const password = 'redis p@ss/word';
  const redis = await startRedis({ password });
  const databaseUrl = createDatabase();
  const right = await startServer({ databaseUrl, env: { ...env, REDIS_URL: redis.url } });
  const wrongPassword = 'not-the-redis-password';
  const wrong = await startServer({ databaseUrl, env: { ...env, REDIS_URL: `redis://:${wrongPassword}@127.0.0.1:${redis.port}` } });
  try {
    assert.equal(metricSample(await metricsOf(right), 'brightpath_redis_up'), 1);
    assert.equal((await req(right, 'GET', '/api/v1/account')).status, 401);
    assert.match(redis.cli('KEYS', '*'), /brightpath:ratelimit:/);

    assert.equal(metricSample(await metricsOf(wrong), 'brightpath_redis_up'), 0);
    assert.equal((await req(wrong, 'GET', '/api/v1/account')).status, 401, 'served, with the in-process rate limit');
    assert.equal(metricSample(await metricsOf(wrong), 'brightpath_redis_fallbacks_total', { use: 'rate_limit' }), 1);
    const warnings = wrong.logLines().filter((l) => l.level === 'warn' && l.reason);
    assert.ok(warnings.some((l) => l.use === 'rate_limit'), 'the fallback is logged');
    for (const l of warnings) assert.match(l.reason, /refused the connection's setup: Redis refused AUTH: WRONGPASS/);
    assert.ok(!wrong.stdout.includes(wrongPassword) && !wrong.stderr.includes(wrongPassword));
  } finally {
    await Promise.all([right.stop(), wrong.stop()]);
    await redis.stop();
  }
});

test('Redis restarted between requests: the next request reconnects without a fallback', { timeout: 60000 }, async () => {
  const redis = await startRedis();
  const server = await startServer({ env: { ...env, BRIGHTPATH_RATE_LIMIT_BURST: '1000', REDIS_URL: redis.url } });
  try {
    // Several requests at once leave several idle connections, all broken by the restart.
    await Promise.all(Array.from({ length: 12 }, () => req(server, 'GET', '/api/v1/account')));
    await redis.stop('SIGKILL');
    const again = await startRedis({ port: redis.port });
    try {
      assert.equal((await call(server, 'GET', '/api/v1/account', { headers: { 'X-Forwarded-For': '198.51.100.70' } })).status, 401);
      assert.equal(metricSample(await metricsOf(server), 'brightpath_redis_fallbacks_total', { use: 'rate_limit' }), undefined);
      assert.match(again.cli('KEYS', '*'), /brightpath:ratelimit:/, 'counted in the new Redis');
    } finally {
      await again.stop();
    }
  } finally {
    await server.stop();
    await redis.stop();
  }
});
