// Accounts: sign up, sign in (throttled), refresh-token rotation, sign out, password
// change, deletion; browser cookies with the CSRF check; Bearer tokens for API clients.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { call, createHousehold, psql, signUp, startServer } from './helpers.mjs';

const password = 'a long enough password';

// fetch cannot set Host; node:http can.
function signInWithHost(server, host, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.url}/api/v1/auth/signin`, {
      method: 'POST', headers: { Host: host, 'Content-Type': 'application/json' },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, headers: { getSetCookie: () => res.headers['set-cookie'] ?? [] } }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

function cookiesOf(res) {
  const jar = {};
  for (const c of res.headers.getSetCookie()) {
    const [pair, ...attrs] = c.split('; ');
    const [name, value] = pair.split('=');
    jar[name] = { value, attrs };
  }
  return jar;
}

describe('accounts', () => {
  let server;
  before(async () => {
    server = await startServer({ env: { BRIGHTPATH_SIGNIN_FREE_FAILURES: '3', BRIGHTPATH_SIGNIN_LOCK_FAILURES: '6' } });
  });
  after(async () => { await server.stop(); });

  test('sign up returns tokens; the access token reads the account', async () => {
    const a = await signUp(server);
    assert.equal(a.res.json.token_type, 'Bearer');
    assert.equal(a.res.json.expires_in, 900);
    const me = await call(server, 'GET', '/api/v1/account', { token: a.token });
    assert.equal(me.status, 200);
    assert.deepEqual(me.json, { id: a.id, email: a.email });
  });

  test('sign up refuses a taken email (any case), a weak password, a bad email and unknown fields', async () => {
    const a = await signUp(server);
    const taken = await call(server, 'POST', '/api/v1/auth/signup', { body: { email: a.email.toUpperCase(), password } });
    assert.equal(taken.status, 409);
    assert.equal(taken.json.error.code, 'email_taken');
    const weak = await call(server, 'POST', '/api/v1/auth/signup', { body: { email: 'w@example.org', password: 'short' } });
    assert.equal(weak.status, 400);
    assert.equal(weak.json.error.code, 'weak_password');
    const email = await call(server, 'POST', '/api/v1/auth/signup', { body: { email: 'no-at-sign', password } });
    assert.equal(email.json.error.details.field, 'email');
    const extra = await call(server, 'POST', '/api/v1/auth/signup', { body: { email: 'e@example.org', password, admin: true } });
    assert.equal(extra.status, 400);
    assert.deepEqual(extra.json.error, { code: 'unknown_field', message: 'unknown field "admin"', details: { field: 'admin' } });
    const type = await call(server, 'POST', '/api/v1/auth/signup', { body: { email: 5, password } });
    assert.equal(type.json.error.message, 'email: expected a string');
    const bad = await call(server, 'POST', '/api/v1/auth/signup', { body: '{"email":' });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.code, 'malformed_json');
  });

  test('passwords are stored as argon2id hashes, never as given', async () => {
    const a = await signUp(server);
    const hash = psql(server.databaseUrl, `SELECT password_hash FROM accounts WHERE id = '${a.id}'`);
    assert.match(hash, /^\$argon2id\$v=19\$m=1024,t=2,p=1\$/);
    assert.ok(!hash.includes(password));
    const tokens = psql(server.databaseUrl, 'SELECT token_hash FROM refresh_tokens');
    assert.ok(!tokens.includes(a.refresh), 'refresh tokens are stored only as hashes');
  });

  test('sign in with the right password works; the wrong one is 401 without saying which part was wrong', async () => {
    const a = await signUp(server);
    const ok = await call(server, 'POST', '/api/v1/auth/signin', { body: { email: a.email, password } });
    assert.equal(ok.status, 200);
    assert.equal(ok.json.account.id, a.id);
    const wrong = await call(server, 'POST', '/api/v1/auth/signin', { body: { email: a.email, password: 'not the password' } });
    const nobody = await call(server, 'POST', '/api/v1/auth/signin', { body: { email: 'nobody@example.org', password } });
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.json, nobody.json);
  });

  test('repeated failures are slowed, then refused, per account', async () => {
    const other = await signUp(server);
    const a = await signUp(server);
    const attempt = (pw) => call(server, 'POST', '/api/v1/auth/signin', { body: { email: a.email, password: pw } });
    for (let i = 0; i < 3; i++) assert.equal((await attempt('wrong password!')).status, 401);
    const slowed = await attempt(password);
    assert.equal(slowed.status, 429, 'even the right password waits after three failures');
    assert.equal(slowed.json.error.code, 'signin_throttled');
    assert.ok(Number(slowed.headers.get('retry-after')) >= 1);
    await new Promise((r) => setTimeout(r, 1100));
    assert.equal((await attempt('wrong password!')).status, 401);
    // Lock after six failures in the window: insert the rest directly rather than wait.
    const key = createHash('sha256').update(`account:${a.email.toLowerCase()}`).digest('hex');
    psql(server.databaseUrl, `INSERT INTO signin_failures (key_hash) VALUES ('${key}'), ('${key}')`);
    const locked = await attempt(password);
    assert.equal(locked.status, 429);
    assert.equal(locked.json.error.code, 'signin_locked');
    // Another account from the same address is not affected.
    assert.equal((await call(server, 'POST', '/api/v1/auth/signin', { body: { email: other.email, password } })).status, 200);
  });

  test('many failures from one address lock that address', async () => {
    const s = await startServer({ env: { BRIGHTPATH_SIGNIN_ADDRESS_LOCK_FAILURES: '4' } });
    try {
      const a = await signUp(s);
      for (let i = 0; i < 4; i++) {
        const r = await call(s, 'POST', '/api/v1/auth/signin', { body: { email: `guess${i}@example.org`, password } });
        assert.equal(r.status, 401);
      }
      const locked = await call(s, 'POST', '/api/v1/auth/signin', { body: { email: a.email, password } });
      assert.equal(locked.status, 429);
      assert.equal(locked.json.error.code, 'signin_locked');
    } finally {
      await s.stop();
    }
  });

  test('refresh tokens rotate; reusing one ends the session', async () => {
    const a = await signUp(server);
    const r1 = await call(server, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: a.refresh } });
    assert.equal(r1.status, 200);
    assert.notEqual(r1.json.refresh_token, a.refresh);
    const r2 = await call(server, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: r1.json.refresh_token } });
    assert.equal(r2.status, 200);
    const reuse = await call(server, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: a.refresh } });
    assert.equal(reuse.status, 401);
    assert.equal(reuse.json.error.code, 'refresh_token_reused');
    // The whole session is gone: its newest refresh token and its access tokens too.
    const after = await call(server, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: r2.json.refresh_token } });
    assert.equal(after.status, 401);
    assert.equal((await call(server, 'GET', '/api/v1/account', { token: r2.json.access_token })).status, 401);
    const unknown = await call(server, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: 'made-up' } });
    assert.equal(unknown.json.error.code, 'invalid_refresh_token');
  });

  test('sign out ends the session at once', async () => {
    const a = await signUp(server);
    assert.equal((await call(server, 'POST', '/api/v1/auth/signout', { token: a.token })).status, 204);
    const me = await call(server, 'GET', '/api/v1/account', { token: a.token });
    assert.equal(me.status, 401);
    assert.equal(me.json.error.code, 'unauthenticated');
    assert.equal((await call(server, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: a.refresh } })).status, 401);
  });

  test('a sign-out on one server reaches another server within the recheck time', async () => {
    const other = await startServer({ databaseUrl: server.databaseUrl, env: { BRIGHTPATH_SESSION_RECHECK_SECONDS: '1' } });
    try {
      const a = await signUp(server);
      assert.equal((await call(other, 'GET', '/api/v1/account', { token: a.token })).status, 200);
      assert.equal((await call(server, 'POST', '/api/v1/auth/signout', { token: a.token })).status, 204);
      await new Promise((r) => setTimeout(r, 1100));
      assert.equal((await call(other, 'GET', '/api/v1/account', { token: a.token })).status, 401);
    } finally {
      await other.stop();
    }
  });

  test('a signing key rotation refuses no token: the new key with the old one as previous accepts both', async () => {
    const oldKey = 'test-signing-key-of-at-least-32-bytes!!'; // startServer's
    const newKey = 'the-rotated-signing-key-of-32-bytes-or-more';
    const a = await signUp(server);
    const rotated = await startServer({ databaseUrl: server.databaseUrl, env: { BRIGHTPATH_SIGNING_KEY: newKey, BRIGHTPATH_SIGNING_KEY_PREVIOUS: oldKey } });
    const after = await startServer({ databaseUrl: server.databaseUrl, env: { BRIGHTPATH_SIGNING_KEY: newKey } });
    try {
      assert.equal((await call(rotated, 'GET', '/api/v1/account', { token: a.token })).status, 200, 'the old key still verifies');
      const b = await signUp(rotated);
      assert.equal((await call(after, 'GET', '/api/v1/account', { token: b.token })).status, 200, 'the new key signs');
      assert.equal((await call(after, 'GET', '/api/v1/account', { token: a.token })).status, 401, 'without the previous key, its tokens are refused');
      assert.equal((await call(server, 'GET', '/api/v1/account', { token: b.token })).status, 401, 'the old key alone does not know the new');
    } finally {
      await Promise.all([rotated.stop(), after.stop()]);
    }
  });

  test('changing the password revokes every other session and keeps this one', async () => {
    const a = await signUp(server);
    const other = await call(server, 'POST', '/api/v1/auth/signin', { body: { email: a.email, password } });
    const wrong = await call(server, 'POST', '/api/v1/account/password', {
      token: a.token, body: { current_password: 'not it at all', new_password: 'another long password' },
    });
    assert.equal(wrong.status, 403);
    const ok = await call(server, 'POST', '/api/v1/account/password', {
      token: a.token, body: { current_password: password, new_password: 'another long password' },
    });
    assert.equal(ok.status, 204);
    assert.equal((await call(server, 'GET', '/api/v1/account', { token: a.token })).status, 200);
    assert.equal((await call(server, 'GET', '/api/v1/account', { token: other.json.access_token })).status, 401);
    assert.equal((await call(server, 'POST', '/api/v1/auth/signin', { body: { email: a.email, password } })).status, 401);
    assert.equal((await call(server, 'POST', '/api/v1/auth/signin', {
      body: { email: a.email, password: 'another long password' },
    })).status, 200);
  });

  test('deleting the account removes it and the households only it belonged to', async () => {
    const a = await signUp(server);
    const h = await createHousehold(server, a.token);
    assert.equal((await call(server, 'DELETE', '/api/v1/account', { token: a.token, body: { password: 'wrong one!!' } })).status, 403);
    assert.equal((await call(server, 'DELETE', '/api/v1/account', { token: a.token, body: { password } })).status, 204);
    assert.equal(psql(server.databaseUrl, `SELECT count(*) FROM accounts WHERE id = '${a.id}'`), '0');
    assert.equal(psql(server.databaseUrl, `SELECT count(*) FROM households WHERE id = '${h.id}'`), '0');
    assert.equal((await call(server, 'POST', '/api/v1/auth/signin', { body: { email: a.email, password } })).status, 401);
  });

  test('a tampered or foreign-key token is refused', async () => {
    const a = await signUp(server);
    const [h, p, s] = a.token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url'));
    claims.exp += 3600;
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    assert.equal((await call(server, 'GET', '/api/v1/account', { token: forged })).status, 401);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${p}.`;
    assert.equal((await call(server, 'GET', '/api/v1/account', { token: none })).status, 401);
    assert.equal((await call(server, 'GET', '/api/v1/account')).status, 401);
  });
});

describe('browser sessions', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('sign in sets HttpOnly SameSite cookies, Secure except on localhost', async () => {
    const a = await signUp(server);
    const local = cookiesOf(await signInWithHost(server, 'localhost:8080', { email: a.email, password }));
    assert.ok(local.bp_access.attrs.includes('HttpOnly'));
    assert.ok(local.bp_access.attrs.includes('SameSite=Strict'));
    assert.ok(!local.bp_access.attrs.includes('Secure'));
    assert.ok(local.bp_refresh.attrs.includes('HttpOnly'));
    assert.ok(!local.bp_csrf.attrs.includes('HttpOnly'), 'the page reads the CSRF token');
    const remote = cookiesOf(await signInWithHost(server, 'brightpath.example.org', { email: a.email, password }));
    for (const c of Object.values(remote)) assert.ok(c.attrs.includes('Secure'));
  });

  test('cookie sessions need the CSRF token on changes, not on reads', async () => {
    const a = await signUp(server);
    const jar = cookiesOf(await call(server, 'POST', '/api/v1/auth/signin', { body: { email: a.email, password } }));
    const cookie = `bp_access=${jar.bp_access.value}; bp_csrf=${jar.bp_csrf.value}`;
    assert.equal((await call(server, 'GET', '/api/v1/account', { headers: { Cookie: cookie } })).status, 200);
    const noToken = await call(server, 'POST', '/api/v1/households', { headers: { Cookie: cookie }, body: { name: 'X' } });
    assert.equal(noToken.status, 403);
    assert.equal(noToken.json.error.code, 'csrf_failed');
    const wrongToken = await call(server, 'POST', '/api/v1/households', {
      headers: { Cookie: cookie, 'X-CSRF-Token': 'guess' }, body: { name: 'X' },
    });
    assert.equal(wrongToken.status, 403);
    const ok = await call(server, 'POST', '/api/v1/households', {
      headers: { Cookie: cookie, 'X-CSRF-Token': jar.bp_csrf.value }, body: { name: 'X' },
    });
    assert.equal(ok.status, 201);
    // Refresh through the cookie follows the same rule.
    const refreshCookie = `bp_refresh=${jar.bp_refresh.value}; bp_csrf=${jar.bp_csrf.value}`;
    assert.equal((await call(server, 'POST', '/api/v1/auth/refresh', { headers: { Cookie: refreshCookie } })).status, 403);
    const refreshed = await call(server, 'POST', '/api/v1/auth/refresh', {
      headers: { Cookie: refreshCookie, 'X-CSRF-Token': jar.bp_csrf.value },
    });
    assert.equal(refreshed.status, 200);
    const signout = await call(server, 'POST', '/api/v1/auth/signout', {
      headers: { Cookie: cookie, 'X-CSRF-Token': jar.bp_csrf.value },
    });
    assert.equal(signout.status, 204);
    assert.ok(cookiesOf(signout).bp_access.attrs.includes('Max-Age=0'));
  });
});
