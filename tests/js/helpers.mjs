// Shared by the JS tests: where things are, and the native CLI as the reference.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

// The native CLI whose `validate --json` output the WebAssembly build must match exactly.
export const cli = path.resolve(root, process.env.BRIGHTPATH_CLI ?? 'build/native/cli/brightpath');
if (!existsSync(cli)) {
  throw new Error(`native CLI not found at ${cli}: build the native preset or set BRIGHTPATH_CLI`);
}

function jsonFiles(dir) {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(full, name));
}

// The example plans, the same files the C++ tests and the end-to-end tests use.
export const examples = jsonFiles('examples');
// Documents the decoder must reject (tests/fixtures/invalid, shared with the C++ tests).
export const invalidFixtures = jsonFiles('tests/fixtures/invalid');

export const read = (file) => readFileSync(file, 'utf8');

/** `brightpath validate FILE --json`: stdout without the final newline. */
export function cliValidateJson(file) {
  const run = spawnSync(cli, ['validate', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${cli} validate ${file} --json exited ${run.status}: ${run.stderr}`);
  }
  return run.stdout.replace(/\n$/, '');
}

/** The decoder's "path: message" lines as the CLI prints them for a rejected plan. */
export function cliDecodeErrors(file) {
  const run = spawnSync(cli, ['validate', file], { encoding: 'utf8' });
  if (run.status !== 2) throw new Error(`expected exit 2 for ${file}, got ${run.status}`);
  return run.stderr
    .split('\n')
    .filter((line) => line.startsWith('  '))
    .map((line) => line.slice(2));
}

/** A tiny valid plan with one clash, for tests that need no example file. */
export function smallPlan() {
  return {
    format: 'brightpath-plan',
    version: 1,
    name: 'Test family',
    timeZone: 'America/Chicago',
    week: { schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '15:00', grid: 15 },
    guardians: [{ id: 'mom', name: 'Mom', availability: [{ day: 'mon', start: '08:00', end: '12:00' }] }],
    students: [
      { id: 'ann', name: 'Ann' },
      { id: 'ben', name: 'Ben' },
    ],
    courses: [
      { id: 'math-ann', subject: 'Math', students: ['ann'], sessionsPerWeek: 1, minutesPerSession: 30, guardian: 'mom' },
      { id: 'math-ben', subject: 'Math', students: ['ben'], sessionsPerWeek: 1, minutesPerSession: 30, guardian: 'mom' },
    ],
    placements: [
      { id: 'p1', course: 'math-ann', day: 'mon', start: '09:00', duration: 30 },
      { id: 'p2', course: 'math-ben', day: 'mon', start: '09:00', duration: 30 },
    ],
  };
}

/**
 * What a real consumer does: the package as it would be published (staged in `work/package`
 * by wasm/stage-package.mjs, as `npm run pack:npm` does), `npm pack`ed into `work`, and the
 * tarball installed into an empty project `work/consumer` (offline: the package has no
 * runtime dependencies). Returns npm pack's description of the tarball and the consumer's
 * folder.
 */
export function packAndInstall(work) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const stage = path.join(work, 'package');
  execFileSync(process.execPath, [path.join(root, 'wasm/stage-package.mjs'), stage], { stdio: 'pipe' });
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: stage, encoding: 'utf8' });
  const [packed] = JSON.parse(out);
  const consumer = path.join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', path.join(work, packed.filename)], {
    cwd: consumer,
    stdio: 'pipe',
  });
  return { packed, consumer };
}
