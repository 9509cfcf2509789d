// The skeleton: health and readiness, request ids and the request log, JSON errors and
// security headers, configuration checks, migrations, and a graceful stop.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { call, createDatabase, psql, root, serverBin, startServer } from './helpers.mjs';

describe('a running server', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('healthz and readyz answer ok with the schema version', async () => {
    assert.deepEqual((await call(server, 'GET', '/healthz')).json, { status: 'ok' });
    const ready = await call(server, 'GET', '/readyz');
    assert.equal(ready.status, 200);
    assert.equal(ready.json.status, 'ready');
    assert.ok(ready.json.schema_version >= 1);
  });

  test('an incoming X-Request-Id is returned and logged; otherwise one is made', async () => {
    const r = await call(server, 'GET', '/healthz', { headers: { 'X-Request-Id': 'trace-abc.123' } });
    assert.equal(r.headers.get('x-request-id'), 'trace-abc.123');
    const made = await call(server, 'GET', '/healthz', { headers: { 'X-Request-Id': 'bad id with spaces' } });
    assert.match(made.headers.get('x-request-id'), /^[A-Za-z0-9_-]{16}$/);
    const line = server.logLines().find((l) => l.request_id === 'trace-abc.123');
    assert.equal(line.msg, 'request');
    assert.equal(line.method, 'GET');
    assert.equal(line.route, '/healthz');
    assert.equal(line.status, 200);
    assert.equal(typeof line.duration_us, 'number');
  });

  test('unknown routes and methods answer the JSON error shape', async () => {
    const missing = await call(server, 'GET', '/api/v1/nothing-here');
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.json, { error: { code: 'not_found', message: 'no such route' } });
    const method = await call(server, 'PUT', '/api/v1/households');
    assert.equal(method.status, 405);
    assert.equal(method.json.error.code, 'method_not_allowed');
  });

  test('HEAD answers as GET without a body; a route without GET still refuses it', async () => {
    const head = await fetch(`${server.url}/api/v1/openapi.json`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    const postOnly = await fetch(`${server.url}/api/v1/auth/signin`, { method: 'HEAD' });
    assert.equal(postOnly.status, 405);
  });

  test('every response carries the security headers', async () => {
    for (const r of [await call(server, 'GET', '/healthz'), await call(server, 'GET', '/api/v1/nope')]) {
      assert.match(r.headers.get('content-security-policy'), /frame-ancestors 'none'/);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
    }
  });

  test('a body over the limit is refused with 413 in the JSON shape', async () => {
    const small = await startServer({ env: { BRIGHTPATH_MAX_BODY_BYTES: '2048' } });
    try {
      const r = await call(small, 'POST', '/api/v1/auth/signup', { body: { email: 'x@y.z', password: 'p'.repeat(4000) } });
      assert.equal(r.status, 413);
      assert.equal(r.json.error.code, 'payload_too_large');
    } finally {
      await small.stop();
    }
  });

  test('a POST without Content-Length is a 400 that says so', async () => {
    const net = await import('node:net');
    const text = await new Promise((resolve, reject) => {
      const socket = net.connect(server.port, '127.0.0.1', () => {
        socket.write('POST /api/v1/auth/signout HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      });
      let data = '';
      socket.on('data', (d) => { data += d; });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    assert.match(text, /^HTTP\/1.1 400/);
    assert.match(text, /a POST needs a Content-Length/);
  });

  test('a form-encoded body is refused: the API takes JSON', async () => {
    const r = await call(server, 'POST', '/api/v1/auth/signup', {
      body: 'x='.padEnd(9000, 'y'), headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(r.status, 415);
    assert.equal(r.json.error.code, 'unsupported_media_type');
  });
});

describe('configuration', () => {
  const run = (env, args = []) => spawnSync(serverBin, args, { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 20000 });

  test('production refuses to start without a signing key or a database URL', () => {
    const noKey = run({ BRIGHTPATH_ENV: 'production', DATABASE_URL: 'postgresql://x@/y' });
    assert.equal(noKey.status, 2);
    assert.match(noKey.stderr, /BRIGHTPATH_SIGNING_KEY is required in production/);
    const noDb = run({ BRIGHTPATH_ENV: 'production', BRIGHTPATH_SIGNING_KEY: 'k'.repeat(40) });
    assert.equal(noDb.status, 2);
    assert.match(noDb.stderr, /DATABASE_URL is required in production/);
  });

  test('bad values name the variable', () => {
    const r = run({ DATABASE_URL: 'postgresql://x@/y', BRIGHTPATH_PORT: 'eighty' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /BRIGHTPATH_PORT: expected a whole number from 1 to 65535, got "eighty"/);
    const short = run({ DATABASE_URL: 'postgresql://x@/y', BRIGHTPATH_SIGNING_KEY: 'short' });
    assert.match(short.stderr, /at least 32 bytes/);
    const flag = run({}, ['--no-such-flag']);
    assert.match(flag.stderr, /unknown option --no-such-flag/);
  });

  test("--help lists exactly the settings of the README's configuration table, with the same defaults", () => {
    const r = run({}, ['--help']);
    assert.equal(r.status, 0);
    const help = [...r.stdout.matchAll(/^  ([A-Z_]+)(?: \/ (--[a-z-]+))? \(default: (.*)\)$/gm)]
      .map(([, env, flag, fallback]) => [env, flag ?? null, fallback === 'none' ? null : fallback]);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'));
    const rows = [...table.matchAll(/^\| `([A-Z_]+)` \| (?:`(--[a-z-]+)`|\(environment only\)) \| (?:`([^`]*)`[^|]*|none) \|/gm)]
      .map(([, env, flag, fallback]) => [env, flag ?? null, fallback ?? null]);
    assert.ok(help.length >= 15);
    assert.deepEqual(rows.sort(), help.sort());
  });
});

describe('migrations', () => {
  test('servers starting together on an empty database apply each migration once', async () => {
    const databaseUrl = createDatabase();
    const servers = await Promise.all([1, 2, 3].map(() => startServer({ databaseUrl })));
    try {
      for (const s of servers) assert.equal((await call(s, 'GET', '/readyz')).status, 200);
      const rows = psql(databaseUrl, 'SELECT version, count(*) FROM schema_migrations GROUP BY version ORDER BY version');
      const versions = rows.split('\n').map((l) => l.split('|'));
      assert.ok(versions.length >= 1);
      for (const [, count] of versions) assert.equal(count, '1');
      const applied = servers.flatMap((s) => s.logLines().filter((l) => l.msg === 'migrations applied').map((l) => l.applied));
      assert.equal(applied.flat().length, versions.length, 'exactly one server applied each version');
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });

  test('a database at every earlier schema version is brought up to date, keeping its data', async () => {
    const dir = path.join(root, 'server/migrations');
    const files = readdirSync(dir).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
    assert.ok(files.length >= 2);
    for (let k = 1; k < files.length; k++) {
      // The state an older server left: migrations 1..k applied and recorded, some data in it.
      const databaseUrl = createDatabase();
      psql(databaseUrl, 'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      for (const f of files.slice(0, k)) {
        execFileSync('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-f', path.join(dir, f)]);
        psql(databaseUrl, `INSERT INTO schema_migrations (version, name) VALUES (${parseInt(f, 10)}, '${f}')`);
      }
      psql(databaseUrl, "INSERT INTO accounts (email, password_hash) VALUES ('old@example.org', 'x')");
      const s = await startServer({ databaseUrl });
      try {
        const ready = await call(s, 'GET', '/readyz');
        assert.equal(ready.status, 200, `from version ${k}`);
        assert.equal(ready.json.schema_version, parseInt(files.at(-1), 10));
        assert.deepEqual(s.logLines().find((l) => l.msg === 'migrations applied').applied,
          files.slice(k).map((f) => parseInt(f, 10)));
        assert.equal(psql(databaseUrl, "SELECT count(*) FROM accounts WHERE email = 'old@example.org'"), '1');
      } finally {
        await s.stop();
      }
    }
  });

  test('--migrate-only applies the schema and exits; a later start finds nothing to do', async () => {
    const databaseUrl = createDatabase();
    const r = spawnSync(serverBin, ['--migrate-only'], { env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(Number(psql(databaseUrl, 'SELECT max(version) FROM schema_migrations')) >= 1);
    const s = await startServer({ databaseUrl });
    try {
      assert.deepEqual(s.logLines().find((l) => l.msg === 'migrations applied').applied, []);
    } finally {
      await s.stop();
    }
  });
});

describe('stopping', () => {
  test('during the drain after SIGTERM the server still answers but reports not ready', async () => {
    const s = await startServer({ env: { BRIGHTPATH_SHUTDOWN_DRAIN_SECONDS: '2' } });
    try {
      assert.equal((await call(s, 'GET', '/readyz')).status, 200);
      s.proc.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      const ready = await call(s, 'GET', '/readyz');
      assert.equal(ready.status, 503);
      assert.equal(ready.json.status, 'shutting_down');
      assert.equal((await call(s, 'GET', '/healthz')).status, 200);
      assert.equal((await s.exited).code, 0);
    } finally {
      await s.stop();
    }
  });

  test('SIGTERM finishes the request in progress, then exits 0', async () => {
    const s = await startServer();
    // A sign-up with the default (slow) password hash is in flight when the signal lands.
    const slow = await startServer({ env: { BRIGHTPATH_ARGON2_MEMORY_KIB: String(256 * 1024) } });
    try {
      const pending = call(slow, 'POST', '/api/v1/auth/signup', { body: { email: 'slow@example.org', password: 'a long enough password' } });
      await new Promise((r) => setTimeout(r, 100));
      slow.proc.kill('SIGTERM');
      const res = await pending;
      assert.equal(res.status, 201);
      const { code } = await slow.exited;
      assert.equal(code, 0);
      assert.ok(slow.logLines().some((l) => l.msg === 'stopping'));
      await assert.rejects(fetch(`${slow.url}/healthz`));
    } finally {
      await slow.stop();
      await s.stop();
    }
  });
});
