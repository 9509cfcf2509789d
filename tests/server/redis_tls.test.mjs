// rediss://: Redis over TLS, as ElastiCache with in-transit encryption speaks it. The
// server checks Redis's certificate against the trusted CAs (SSL_CERT_FILE here: a CA made
// for this test) and against the URL's host name; a Redis it cannot trust is not used, and
// the fallbacks take over.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { call, createDatabase, metricSample, startRedis, startServer } from './helpers.mjs';

const env = { BRIGHTPATH_RATE_LIMIT_PER_MINUTE: '1', BRIGHTPATH_RATE_LIMIT_BURST: '5', BRIGHTPATH_TRUST_PROXY: '1' };

// A CA and a certificate for "localhost" (and no IP address) signed by it.
function makeCertificates(dir) {
  const openssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=BrightPath test CA');
  openssl('req', ...ec, '-keyout', 'redis.key', '-out', 'redis.csr', '-subj', '/CN=localhost');
  writeFileSync(path.join(dir, 'ext.cnf'), 'subjectAltName=DNS:localhost\n');
  openssl('x509', '-req', '-in', 'redis.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'redis.pem',
    '-days', '2', '-extfile', 'ext.cnf');
  // Another CA that signed nothing here: a server trusting only it cannot trust Redis.
  openssl('req', '-x509', ...ec, '-keyout', 'other.key', '-out', 'other.pem', '-days', '2', '-subj', '/CN=Another CA');
  return { cert: path.join(dir, 'redis.pem'), key: path.join(dir, 'redis.key'), ca: path.join(dir, 'ca.pem'),
    otherCa: path.join(dir, 'other.pem') };
}

let dir;
let certs;
let redis;
before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brightpath-tls-'));
  certs = makeCertificates(dir);
  redis = await startRedis({ tls: certs });
});
after(async () => {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

const limitedAfter = async (pick, address) => {
  for (let i = 0; i < 20; i++) {
    const r = await call(pick(i), 'GET', '/api/v1/account', { headers: { 'X-Forwarded-For': address } });
    if (r.status === 429) return i;
  }
  return Infinity;
};

test('two servers share the rate limit through Redis over TLS', async () => {
  const databaseUrl = createDatabase();
  const servers = await Promise.all([1, 2].map(() =>
    startServer({ databaseUrl, env: { ...env, REDIS_URL: redis.url, SSL_CERT_FILE: certs.ca } })));
  try {
    assert.match(redis.url, /^rediss:\/\/localhost:/);
    for (const s of servers) assert.equal(metricSample((await call(s, 'GET', '/metrics')).text, 'brightpath_redis_up'), 1);
    assert.equal(await limitedAfter((i) => servers[i % 2], '198.51.100.60'), 5);
    assert.match(redis.cli('KEYS', '*'), /brightpath:ratelimit:/);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
});

test('a Redis whose certificate is not trusted, or names another host, is not used', async () => {
  const untrusted = await startServer({ env: { ...env, REDIS_URL: redis.url, SSL_CERT_FILE: certs.otherCa } });
  const wrongHost = await startServer({
    env: { ...env, REDIS_URL: `rediss://127.0.0.1:${redis.port}`, SSL_CERT_FILE: certs.ca },
  });
  try {
    for (const [server, reason] of [
      [untrusted, /self-signed certificate in certificate chain|unable to get local issuer certificate/],
      [wrongHost, /IP address mismatch/],
    ]) {
      assert.equal(metricSample((await call(server, 'GET', '/metrics')).text, 'brightpath_redis_up'), 0);
      assert.equal(await limitedAfter(() => server, '198.51.100.61'), 5, 'the in-process limit holds instead');
      const warning = server.logLines().find((l) => l.level === 'warn' && l.reason);
      assert.match(warning.reason, /TLS handshake with .* failed/);
      assert.match(warning.reason, reason);
    }
  } finally {
    await Promise.all([untrusted.stop(), wrongHost.stop()]);
  }
});
