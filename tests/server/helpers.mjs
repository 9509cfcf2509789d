// Shared by the server tests: a fresh database per test file, server processes on free
// ports, and a small JSON client over real HTTP.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const serverBin = path.resolve(root, process.env.BRIGHTPATH_SERVER_BIN ?? 'build/native/server/brightpath-server');
const adminUrl = process.env.BRIGHTPATH_TEST_DATABASE_URL;
if (!adminUrl) throw new Error('BRIGHTPATH_TEST_DATABASE_URL is not set: run tests/server/run.sh');

export const readExample = (name) => readFileSync(path.join(root, 'examples', name), 'utf8');
export const familyPlan = () => JSON.parse(readExample('family.json'));

export function psql(url, sql) {
  return execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-tAc', sql], { encoding: 'utf8' }).trim();
}

// A new empty database on the test cluster; returns its URL.
export function createDatabase() {
  const name = `t_${randomBytes(6).toString('hex')}`;
  psql(adminUrl, `CREATE DATABASE ${name}`);
  return adminUrl.replace('/brightpath?', `/${name}?`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Starts brightpath-server and waits until /healthz answers. Cheap password hashing keeps
// the suite quick.
export async function startServer({ databaseUrl, env = {}, args = [] } = {}) {
  const port = await freePort();
  databaseUrl ??= createDatabase();
  const proc = spawn(serverBin, args, {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      BRIGHTPATH_PORT: String(port),
      BRIGHTPATH_SIGNING_KEY: 'test-signing-key-of-at-least-32-bytes!!',
      BRIGHTPATH_ARGON2_MEMORY_KIB: '1024',
      BRIGHTPATH_RATE_LIMIT_PER_MINUTE: '0',  // every test talks from 127.0.0.1; limits.test.mjs turns it on
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = { url: `http://127.0.0.1:${port}`, port, proc, databaseUrl, stdout: '', stderr: '', exited: null };
  proc.stdout.on('data', (d) => { server.stdout += d; });
  proc.stderr.on('data', (d) => { server.stderr += d; });
  server.exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${server.stderr}${server.stdout}`);
    try {
      const res = await fetch(`${server.url}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    await sleep(50);
  }
  server.stop = async (signal = 'SIGTERM') => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    return server.exited;
  };
  server.logLines = () => server.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return server;
}

// One request. `token` sends a Bearer header; `body` objects are sent as JSON, strings as is.
export async function call(server, method, urlPath, { token, body, headers = {} } = {}) {
  const h = { ...headers };
  if (token) h.Authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined) {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    h['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(server.url + urlPath, { method, headers: h, body: payload });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = { raw: text }; }
  return { status: res.status, headers: res.headers, json, text };
}

let counter = 0;
export async function signUp(server, email = `p${Date.now()}_${counter++}_${randomBytes(3).toString('hex')}@example.org`) {
  const password = 'a long enough password';
  const r = await call(server, 'POST', '/api/v1/auth/signup', { body: { email, password } });
  if (r.status !== 201) throw new Error(`signup failed: ${r.status} ${r.text}`);
  return { email, password, token: r.json.access_token, refresh: r.json.refresh_token, id: r.json.account.id, res: r };
}

export async function createHousehold(server, token, name = 'Home') {
  const r = await call(server, 'POST', '/api/v1/households', { token, body: { name } });
  if (r.status !== 201) throw new Error(`household failed: ${r.status} ${r.text}`);
  return r.json;
}

export async function createPlan(server, token, householdId, plan = familyPlan(), name = 'Our week') {
  const r = await call(server, 'POST', `/api/v1/households/${householdId}/plans`, { token, body: { name, plan } });
  if (r.status !== 201) throw new Error(`plan failed: ${r.status} ${r.text}`);
  return r.json;
}

// A second account joined to the household with `role` through an invitation.
export async function addMember(server, ownerToken, householdId, role) {
  const member = await signUp(server);
  const inv = await call(server, 'POST', `/api/v1/households/${householdId}/invitations`, { token: ownerToken, body: { role } });
  if (inv.status !== 201) throw new Error(`invite failed: ${inv.status} ${inv.text}`);
  const acc = await call(server, 'POST', `/api/v1/invitations/${inv.json.token}/accept`, { token: member.token });
  if (acc.status !== 200) throw new Error(`accept failed: ${acc.status} ${acc.text}`);
  return member;
}

// A private Redis on a free port, nothing written to disk. `port` restarts one where a
// stopped one was (servers keep their REDIS_URL); `password` makes it require AUTH; `tls`
// ({ cert, key, ca } files) makes it speak TLS only (its URL is then rediss://localhost).
// `redis.cli(...args)` runs one command.
export async function startRedis({ port, password, tls } = {}) {
  port ??= await freePort();
  const args = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', tmpdir()];
  const cliArgs = ['-p', String(port), '--raw'];
  if (tls) {
    args.push('--port', '0', '--tls-port', String(port), '--tls-cert-file', tls.cert, '--tls-key-file', tls.key,
      '--tls-ca-cert-file', tls.ca, '--tls-auth-clients', 'no');
    cliArgs.push('--tls', '--cacert', tls.ca, '--sni', 'localhost');
  } else {
    args.push('--port', String(port));
  }
  if (password) args.push('--requirepass', password);
  const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const auth = password ? `:${encodeURIComponent(password)}@` : '';
  const url = tls ? `rediss://${auth}localhost:${port}` : `redis://${auth}127.0.0.1:${port}`;
  const redis = { port, url, proc, output: '' };
  proc.stdout.on('data', (d) => { redis.output += d; });
  proc.stderr.on('data', (d) => { redis.output += d; });
  proc.on('error', (e) => { redis.output += `cannot start redis-server (scripts/install-deps.sh installs it): ${e.message}`; });
  redis.exited = new Promise((resolve) => proc.on('close', (code, signal) => resolve({ code, signal })));
  redis.cli = (...args) => execFileSync('redis-cli', [...cliArgs, ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, REDISCLI_AUTH: password ?? '' } }).trim();
  for (let i = 0; ; i++) {
    try {
      if (redis.cli('PING') === 'PONG') break;
    } catch { /* not listening yet */ }
    if (i >= 100 || proc.exitCode !== null) throw new Error(`redis-server did not start: ${redis.output}`);
    await sleep(50);
  }
  redis.stop = async (signal = 'SIGTERM') => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    return redis.exited;
  };
  return redis;
}

// Every key and value in the Redis, as text (to check what it holds).
export function redisContents(redis) {
  const keys = redis.cli('KEYS', '*').split('\n').filter(Boolean);
  return keys.map((key) => {
    const type = redis.cli('TYPE', key);
    const value = type === 'string' ? redis.cli('GET', key)
      : type === 'hash' ? redis.cli('HGETALL', key)
        : type === 'zset' ? redis.cli('ZRANGE', key, '0', '-1', 'WITHSCORES') : `(${type})`;
    return `${key} ${value}`;
  }).join('\n');
}

// The value of one sample of Prometheus text (`labels` must all match), or undefined.
export function metricSample(text, name, labels = {}) {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => {
    if (!l.startsWith(`${name}{`) && !l.startsWith(`${name} `)) return false;
    return wanted.every((w) => l.includes(w));
  });
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}
