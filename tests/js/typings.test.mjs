// The hand-written typings (wasm/js/index.d.ts) must compile for a consumer and must name
// exactly what index.js exports at runtime.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import * as runtime from '@brightpath/core';

import { root } from './helpers.mjs';

const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

// tsconfig.es2022.json: lib ES2022 alone, no DOM and no Node types, as in a server or a
// library that targets neither.
for (const config of ['tsconfig.json', 'tsconfig.bundler.json', 'tsconfig.es2022.json']) {
  test(`a TypeScript consumer compiles with tsc --noEmit (${config})`, () => {
    const run = spawnSync(process.execPath, [tsc, '--noEmit', '-p', path.join(root, 'tests/js/typings', config)], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
}

test('the typings declare exactly the runtime exports', () => {
  const dts = readFileSync(path.join(root, 'dist/index.d.ts'), 'utf8');
  const declared = [...dts.matchAll(/^export (?:declare )?(?:class|function|const) (\w+)/gm)].map((m) => m[1]);
  assert.deepEqual(declared.sort(), Object.keys(runtime).sort());
});
