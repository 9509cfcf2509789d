// The worst case the decoder accepts, validated in WebAssembly: the plans of
// tests/stress/worst_plans.mjs (every limit at once; 50,000 lessons in one hour). The answer
// must equal the native CLI's byte for byte, and the module's memory, which never shrinks,
// must stay under the documented bound (docs/plan-format.md, docs/benchmarks.md).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { init } from '@brightpath/core';

import { largestPlan, overlapPlan } from '../stress/worst_plans.mjs';
import { cliValidateJson } from './helpers.mjs';

const MAX_HEAP_BYTES = 256 * 1024 * 1024;

// One instance for both (each test file runs in its own process): the memory measured after
// the second is the most either needed, as it never shrinks.
const core = await init();

for (const [name, make] of [['overlap', overlapPlan], ['largest', largestPlan]]) {
  test(`worst case "${name}": same answer as native, WebAssembly memory under 256 MB`, (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brightpath-stress-'));
    try {
      const file = path.join(dir, `${name}.json`);
      const text = JSON.stringify(make());
      writeFileSync(file, text);
      const started = performance.now();
      const answer = core.validateJson(text);
      const ms = performance.now() - started;
      t.diagnostic(`${name}: ${ms.toFixed(0)} ms, memory ${(core.memoryBytes / 2 ** 20).toFixed(0)} MB, ` +
                   `output ${(answer.length / 1024).toFixed(0)} KB`);
      assert.ok(JSON.parse(answer).summary.errors > 0);
      assert.equal(answer, cliValidateJson(file));
      assert.ok(core.memoryBytes < MAX_HEAP_BYTES, `memory ${core.memoryBytes} bytes`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
