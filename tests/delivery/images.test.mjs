// The Dockerfiles under deploy/docker/ checked without a Docker engine: base images pinned,
// every copied file present (or built by the stage it comes from), a non-root user and a
// health check in the final stage, no compiler in it. Each rule is also shown failing on a
// fixture under fixtures/ that breaks it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { installedPackages, readStages } from './dockerfile.mjs';
import { checkDockerfile } from './image_checks.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const read = (rel) => readFileSync(path.join(root, rel), 'utf8');
const dockerfiles = ['deploy/docker/server.Dockerfile', 'deploy/docker/web.Dockerfile'];

const describe = (problems) => problems.map((p) => `line ${p.line} [${p.check}] ${p.message}`).join('\n');

for (const file of dockerfiles) {
  test(`${file} keeps every image rule`, () => {
    const problems = checkDockerfile(read(file), { root });
    assert.deepEqual(problems, [], describe(problems));
  });
}

// fixtures/<check>--<what>.Dockerfile breaks exactly <check>; good.Dockerfile breaks none.
for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.Dockerfile')).sort()) {
  const expected = name === 'good.Dockerfile' ? [] : [name.split('--')[0]];
  test(`fixture ${name} ${expected.length ? `fails the ${expected[0]} check` : 'passes every check'}`, () => {
    const problems = checkDockerfile(readFileSync(path.join(fixtures, name), 'utf8'), { root });
    assert.deepEqual([...new Set(problems.map((p) => p.check))], expected, describe(problems));
    for (const p of problems) assert.ok(p.line > 0 && p.message.length > 0, 'a problem names its line and what is wrong');
  });
}

// The Debian packages scripts/install-deps.sh installs, from its DEBIAN_PACKAGES list.
function installDepsPackages() {
  const script = read('scripts/install-deps.sh');
  const list = /DEBIAN_PACKAGES=\(([\s\S]*?)\n\)/.exec(script)[1];
  return new Set(list.split('\n').map((l) => l.replace(/#.*/, '')).join(' ').split(/\s+/).filter(Boolean));
}

for (const file of dockerfiles) {
  test(`${file}: its build stage installs only packages scripts/install-deps.sh installs`, () => {
    const known = installDepsPackages();
    const build = readStages(read(file))[0];
    const packages = build.instructions.filter((i) => i.keyword === 'RUN').flatMap((i) => installedPackages(i.args));
    assert.ok(packages.length > 0, 'the build stage installs its tools');
    assert.deepEqual(packages.filter((p) => !known.has(p)), [], 'packages the project does not build with');
  });
}

test('the server build stage compiles with the preset scripts/test.sh uses', () => {
  const build = readStages(read('deploy/docker/server.Dockerfile'))[0];
  const runs = build.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join('\n');
  assert.match(read('scripts/test.sh'), /cmake --preset native\b/);
  assert.match(runs, /cmake --preset native\b/);
  assert.match(runs, /cmake --build --preset native --target brightpath-server\b/);
});

test('the server image copies no migration files: they are compiled into the binary', () => {
  assert.match(read('server/CMakeLists.txt'), /embed_migrations\.cmake/, 'the server embeds server/migrations/');
  const runtime = readStages(read('deploy/docker/server.Dockerfile')).at(-1);
  const copies = runtime.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args);
  assert.deepEqual(copies.filter((c) => /migrations|\.sql\b/.test(c)), []);
});

// The server checks TLS certificates itself: PostgreSQL's (libpq) and ElastiCache's (REDIS_URL
// rediss://, no proxy beside it in the API task), both against the system's CA bundle.
test('the server runtime stage has the CA bundle its TLS connections are checked against', () => {
  const runtime = readStages(read('deploy/docker/server.Dockerfile')).at(-1);
  const installed = runtime.instructions.filter((i) => i.keyword === 'RUN').flatMap((i) => installedPackages(i.args));
  assert.ok(installed.includes('ca-certificates'), `runtime packages: ${installed.join(' ')}`);
});

// Which Debian package holds each library the built binary names (readelf -d: NEEDED); each
// must be installed in the runtime stage. Needs the native build (scripts/test.sh builds it
// before this stage) and dpkg, i.e. the Debian 12 machine the image is built from.
const serverBin = path.resolve(root, process.env.BRIGHTPATH_SERVER_BIN ?? 'build/native/server/brightpath-server');
const haveTools = (() => { try { execFileSync('sh', ['-c', 'command -v readelf && command -v dpkg'], { stdio: 'ignore' }); return true; } catch { return false; } })();
test('the server runtime stage installs the package of every library the binary links', {
  skip: !existsSync(serverBin) ? `no ${path.relative(root, serverBin)}: build the native preset first`
    : !haveTools ? 'readelf or dpkg is missing' : false,
}, () => {
  const needed = [...execFileSync('readelf', ['-d', serverBin], { encoding: 'utf8' }).matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]);
  assert.ok(needed.includes('libpq.so.5'), `the server links libpq (NEEDED: ${needed.join(', ')})`);
  const runtime = readStages(read('deploy/docker/server.Dockerfile')).at(-1);
  const installed = new Set(runtime.instructions.filter((i) => i.keyword === 'RUN').flatMap((i) => installedPackages(i.args)));
  for (const lib of needed) {
    const owners = execFileSync('dpkg', ['-S', lib], { encoding: 'utf8' }).split('\n')
      .filter((l) => new RegExp(`/${lib.replace(/[.+]/g, '\\$&')}$`).test(l))
      .map((l) => l.split(':')[0]).filter((p) => !p.startsWith('lib32') && !p.endsWith('-i386') && !p.endsWith('-dev'));
    assert.ok(owners.some((p) => installed.has(p)), `${lib} (from ${owners.join(' or ')}) is not installed in the runtime stage`);
  }
});
