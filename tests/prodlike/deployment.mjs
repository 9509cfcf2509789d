// One production-like deployment (scripts/prodlike.sh) per test file, in a temporary run
// directory on free ports, and the handles the tests need: its URL, its processes, its
// PostgreSQL.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const serverBin = path.resolve(root, process.env.BRIGHTPATH_SERVER_BIN ?? 'build/native/server/brightpath-server');

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

// nginx's port and the four after it (scripts/prodlike.sh).
async function freePortRun() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20000 + Math.floor(Math.random() * 20000);
    let free = true;
    for (let p = base; p < base + 5 && free; p++) free = await portFree(p);
    // The restored cluster of the backup drill takes PostgreSQL's port + 100.
    if (free && (await portFree(base + 103))) return base;
  }
  throw new Error('no five free ports in a row');
}

export async function startDeployment({ serverBin: bin = serverBin, env = {} } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'brightpath-prodlike-'));
  const port = await freePortRun();
  const baseEnv = {
    PATH: process.env.PATH,
    BRIGHTPATH_PRODLIKE_DIR: dir,
    BRIGHTPATH_PRODLIKE_PORT: String(port),
    BRIGHTPATH_SERVER_BIN: bin,
    // Every test client talks from 127.0.0.1, so one address carries the load of several
    // families: the per-address limit is tested in tests/server/limits.test.mjs.
    BRIGHTPATH_RATE_LIMIT_PER_MINUTE: '60000',
    BRIGHTPATH_RATE_LIMIT_BURST: '10000',
    ...env,
  };
  const script = (args, extraEnv = {}) =>
    execFileSync(path.join(root, 'scripts/prodlike.sh'), args, {
      cwd: root, env: { ...baseEnv, ...extraEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
  try {
    script(['start']);
  } catch (e) {
    try { script(['stop']); } catch { /* partly started */ }
    throw new Error(`scripts/prodlike.sh start failed: ${e.stderr}${e.stdout}`);
  }
  const ports = Object.fromEntries(readFileSync(path.join(dir, 'ports.env'), 'utf8').trim().split('\n')
    .map((l) => l.split(/=(.*)/s)).map(([k, v]) => [k, v.replace(/^'|'$/g, '')]));
  const pgScript = path.join(root, 'server/run-local-postgres.sh');
  return {
    dir,
    ports,
    url: `http://127.0.0.1:${port}`,
    apiUrl: (name) => `http://127.0.0.1:${ports[name === 'api1' ? 'API1_PORT' : 'API2_PORT']}`,
    pid: (name) => Number(readFileSync(path.join(dir, 'pids', `${name}.pid`), 'utf8')),
    script,
    restart: (name, bin2 = bin) => script(['restart', name], { BRIGHTPATH_SERVER_BIN: bin2 }),
    stopPostgres: () => execFileSync(pgScript, ['stop', path.join(dir, 'postgres'), ports.PG_PORT]),
    startPostgres: () => execFileSync(pgScript, ['start', path.join(dir, 'postgres'), ports.PG_PORT]),
    psql: (sql) => execFileSync('psql', [ports.DATABASE_URL, '-v', 'ON_ERROR_STOP=1', '-tAc', sql], { encoding: 'utf8' }).trim(),
    // nginx's access log: one JSON object a request (deploy/local/nginx.conf.template).
    accessLog: () => readFileSync(path.join(dir, 'logs/nginx-access.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)),
    // Stops everything and checks that it did: no process of the deployment is left.
    async stop() {
      try {
        const pidFiles = ['nginx', 'api1', 'api2', 'worker', 'redis'].map((n) => path.join(dir, 'pids', `${n}.pid`))
          .concat(path.join(dir, 'postgres/data/postmaster.pid')).filter((f) => existsSync(f));
        const names = new Map(pidFiles.map((f) => [Number(readFileSync(f, 'utf8').split('\n')[0]), path.basename(f)]));
        const pids = [...names.keys()];
        script(['stop']);
        // A process may still be finishing its exit (PostgreSQL removes its pid file first).
        const alive = (pid) => {
          try {
            const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
            return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';  // a zombie waits for init to reap it
          } catch {
            return false;
          }
        };
        for (let i = 0; i < 50 && pids.some(alive); i++) await sleep(100);
        const left = pids.filter(alive);
        if (left.length > 0) throw new Error(`scripts/prodlike.sh stop left ${left.map((p) => `${names.get(p)} (${p})`).join(', ')} running`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function readyz(url) {
  try {
    const r = await fetch(`${url}/readyz`);
    return { status: r.status, json: await r.json() };
  } catch {
    return { status: 0, json: null };
  }
}
