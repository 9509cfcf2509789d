// With REDIS_URL failed sign-ins are counted in Redis (per account and per client address,
// under hashes: no email or address is stored there) and every server sees the same counts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, createDatabase, psql, redisContents, signUp, startRedis, startServer } from './helpers.mjs';

// No slowing down (its waits would make the test slow): lock after 4 failures of an
// account, 6 from an address.
const throttle = {
  BRIGHTPATH_SIGNIN_FREE_FAILURES: '100', BRIGHTPATH_SIGNIN_LOCK_FAILURES: '4', BRIGHTPATH_SIGNIN_ADDRESS_LOCK_FAILURES: '6',
  BRIGHTPATH_TRUST_PROXY: '1',
};

let redis;
let servers;
let databaseUrl;
before(async () => {
  redis = await startRedis();
  databaseUrl = createDatabase();
  servers = await Promise.all([1, 2].map(() => startServer({ databaseUrl, env: { ...throttle, REDIS_URL: redis.url } })));
});
after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await redis.stop();
});

const signIn = (server, email, password, address) => call(server, 'POST', '/api/v1/auth/signin',
  { body: { email, password }, headers: { 'X-Forwarded-For': address } });

// Wrong passwords sent to `pick(i)` until refused; returns how many were answered 401.
async function failuresBeforeLock(pick, email, address) {
  for (let i = 0; i < 20; i++) {
    const r = await signIn(pick(i), email, 'not the password', address);
    if (r.status === 429) {
      assert.equal(r.json.error.code, 'signin_locked');
      return i;
    }
    assert.equal(r.status, 401);
  }
  return Infinity;
}

test('an account is locked after the same number of failures on one server or alternating between two', async () => {
  const one = await signUp(servers[0]);
  const two = await signUp(servers[0]);
  assert.equal(await failuresBeforeLock(() => servers[0], one.email, '198.51.100.10'), 4, 'one server');
  assert.equal(await failuresBeforeLock((i) => servers[i % 2], two.email, '198.51.100.11'), 4, 'two servers, alternating');
  // Locked everywhere, even with the right password.
  for (const s of servers) assert.equal((await signIn(s, two.email, two.password, '198.51.100.12')).status, 429);
  assert.equal(psql(databaseUrl, 'SELECT count(*) FROM signin_failures'), '0', 'the counts live in Redis, not in PostgreSQL');
});

test('a client address is locked across servers; a success clears only its account', async () => {
  const a = await signUp(servers[0]);
  const address = '198.51.100.20';
  for (let i = 0; i < 3; i++) assert.equal((await signIn(servers[i % 2], a.email, 'wrong password!', address)).status, 401);
  assert.equal((await signIn(servers[1], a.email, a.password, address)).status, 200, 'a success clears the account count');
  for (let i = 0; i < 3; i++) {
    assert.equal((await signIn(servers[i % 2], `nobody${i}@example.org`, 'wrong password!', address)).status, 401);
  }
  const locked = await signIn(servers[1], a.email, a.password, address);
  assert.equal(locked.status, 429, 'six failures from one address, over two servers');
  assert.equal(locked.json.error.code, 'signin_locked');
  assert.ok(Number(locked.headers.get('retry-after')) > 800);
  assert.equal((await signIn(servers[0], a.email, a.password, '198.51.100.21')).status, 200, 'another address may sign in');
});

test('Redis holds no email and no client address', async () => {
  const a = await signUp(servers[0]);
  await signIn(servers[1], a.email, 'wrong password!', '198.51.100.30');
  const contents = redisContents(redis);
  assert.match(contents, /^brightpath:signin:\{[0-9a-f]{64}\} /m);
  assert.ok(!contents.includes('@'), 'no email');
  assert.ok(!contents.includes('198.51.100'), 'no address');
});
