// The smoke test a real consumer would do: `npm pack`, install the tarball into an empty
// folder (no network: the package has no runtime dependencies), import it by name there
// and validate a plan, and compile the TypeScript consumer against the installed typings.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { packAndInstall, root, smallPlan } from './helpers.mjs';

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

let work;
let packed;  // npm pack --json's description of the tarball
let consumer;

before(() => {
  work = mkdtempSync(path.join(tmpdir(), 'brightpath-pack-'));
  ({ packed, consumer } = packAndInstall(work));
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds exactly the files list, package.json and the README', () => {
  const shipped = packed.files.map((f) => f.path).sort();
  const expected = [...manifest.files, 'package.json'];
  for (const file of expected) assert.ok(shipped.includes(file), `${file} missing from the tarball`);
  const extra = shipped.filter((f) => !expected.includes(f) && !/^(README|LICENSE)/i.test(f));
  assert.deepEqual(extra, []);
});

test('it ships the package README and a manifest without the repository build scripts', () => {
  const installed = path.join(consumer, 'node_modules/@brightpath/core');
  assert.equal(
    readFileSync(path.join(installed, 'README.md'), 'utf8'),
    readFileSync(path.join(root, 'wasm/package-readme.md'), 'utf8'),
  );
  const shipped = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(shipped.scripts, undefined);
  assert.equal(shipped.devDependencies, undefined);
  for (const key of ['name', 'version', 'exports', 'files', 'types', 'engines']) {
    assert.deepEqual(shipped[key], manifest[key], key);
  }
});

// The package's budget (docs/wasm.md, "Size"), in the unit npm pack prints (1 kB = 1,000 bytes).
const MAX_PACKAGE_BYTES = 250_000;

test('the tarball is at most 250 KB gzipped', () => {
  assert.ok(packed.size <= MAX_PACKAGE_BYTES, `npm pack wrote ${packed.size} bytes, over ${MAX_PACKAGE_BYTES}`);
});

test('an installed copy imports by name, validates a plan and exports the schema', () => {
  const script = `
    import { init, PlanDecodeError } from '@brightpath/core';
    import schema from '@brightpath/core/schema/plan.json' with { type: 'json' };
    const core = await init();
    const report = core.validate(${JSON.stringify(JSON.stringify(smallPlan()))});
    let decodeError = null;
    try { core.validate('{"format":"brightpath-plan"}'); } catch (e) { decodeError = e instanceof PlanDecodeError; }
    const session = core.openSession(${JSON.stringify(JSON.stringify(smallPlan()))});
    const edit = session.apply({ op: 'move', lesson: 'p2', day: 'tue', start: '09:00' });
    session.dispose();
    console.log(JSON.stringify({ summary: report.summary, decodeError, editOk: edit.ok, schema: typeof schema }));
  `;
  writeFileSync(path.join(consumer, 'smoke.mjs'), script);
  const out = JSON.parse(execFileSync(process.execPath, ['smoke.mjs'], { cwd: consumer, encoding: 'utf8' }));
  assert.ok(out.summary.errors >= 1);
  assert.equal(out.decodeError, true);
  assert.equal(out.editOk, true);
  assert.equal(out.schema, 'object');
});

test('the TypeScript consumer compiles against the installed typings', () => {
  for (const file of ['consumer.ts', 'consumer.dom.ts', 'tsconfig.json', 'tsconfig.es2022.json']) {
    copyFileSync(path.join(root, 'tests/js/typings', file), path.join(consumer, file));
  }
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.json', 'tsconfig.es2022.json']) {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', path.join(consumer, config)], { cwd: consumer, encoding: 'utf8' });
  }
});
