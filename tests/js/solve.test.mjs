// The solver through WebAssembly: the same week as the native CLI for the same seed and
// iteration limit, progress reports, cancelling, and errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { init, PlanDecodeError } from '@brightpath/core';

import { cli, root } from './helpers.mjs';

const core = await init();
const family = JSON.parse(readFileSync(path.join(root, 'examples/family.json'), 'utf8'));
const unplanned = { ...family, placements: [] };
const reproducible = { timeBudgetMs: 0, maxIterations: 3000, seed: 7 };

// Timing differs between any two runs; everything else must not.
const withoutElapsed = (result) => ({ ...result, statistics: { ...result.statistics, elapsedMs: 0 } });

test('solve() finds the same week as `brightpath solve --json` for the same seed', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brightpath-solve-'));
  try {
    const file = path.join(dir, 'unplanned.json');
    writeFileSync(file, JSON.stringify(unplanned));
    const args = ['solve', file, '--json', '--time-limit', '0', '--max-iterations', '3000', '--seed', '7'];
    const run = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const native = JSON.parse(run.stdout);
    const wasm = core.solve(unplanned, reproducible);
    assert.deepEqual(withoutElapsed(wasm), withoutElapsed(native));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without stallIterations, solve() stops where `brightpath solve` does (the core\'s automatic stall limit)', () => {
  // No iteration limit and no time budget: only the stall limit ends this search, so a
  // default of its own in the wrapper would show in the iterations.
  const dir = mkdtempSync(path.join(tmpdir(), 'brightpath-solve-'));
  try {
    const file = path.join(dir, 'unplanned.json');
    writeFileSync(file, JSON.stringify(unplanned));
    const run = spawnSync(cli, ['solve', file, '--json', '--time-limit', '0', '--seed', '7'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const native = JSON.parse(run.stdout);
    const wasm = core.solve(unplanned, { timeBudgetMs: 0, seed: 7 });
    assert.deepEqual(withoutElapsed(wasm), withoutElapsed(native));
    assert.deepEqual(withoutElapsed(core.solve(unplanned, { timeBudgetMs: 0, seed: 7, stallIterations: -1 })), withoutElapsed(native));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a feasible result validates without errors', () => {
  const result = core.solve(unplanned, reproducible);
  if (result.status !== 'feasible') return;  // the fixture decides; the CLI test above covers the rest
  assert.equal(core.validate(result.plan).summary.errors, 0);
});

test('onProgress is called, and returning false cancels with the best week so far', () => {
  const seen = [];
  const result = core.solve(unplanned, { timeBudgetMs: 0, maxIterations: 1_000_000, stallIterations: 0 }, (p) => {
    seen.push(p);
    return seen.length < 2;
  });
  assert.ok(seen.length >= 1);
  assert.equal(typeof seen[0].iterations, 'number');
  assert.equal(typeof seen[0].unplaced, 'number');
  assert.equal(result.status, 'cancelled');
  assert.ok(result.plan);
});

test('onProgress names the phase, in order, and counts the work done', () => {
  const phases = ['preparing', 'constructing', 'searching', 'checking', 'explaining'];
  const seen = [];
  core.solve(unplanned, reproducible, (p) => { seen.push(p); });
  assert.ok(seen.every((p) => phases.includes(p.phase)), seen.map((p) => p.phase).join(' '));
  const order = seen.map((p) => phases.indexOf(p.phase));
  assert.deepEqual(order, [...order].sort((a, b) => a - b), 'phases out of order');
  assert.ok(seen.some((p) => p.phase === 'searching'));
  const work = seen.map((p) => p.work);
  assert.ok(work.every((w, i) => Number.isSafeInteger(w) && (i === 0 || w >= work[i - 1])), 'work goes down');
  assert.ok(work.at(-1) > 0);
});

// The co-op from the deterministic generator, without lessons: a large week to find.
function largeUnplannedPlan() {
  const run = spawnSync(cli, ['generate', '--students', '300', '--teachers', '40', '--no-placements'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

test('on a large plan, once onProgress returns false it is not called again and the status is "cancelled"', () => {
  const coop = largeUnplannedPlan();
  // Stopped at the first report (during construction) and at a later one (local search).
  for (const stopAt of [1, 3]) {
    let calls = 0;
    let callsAfterFalse = 0;
    const result = core.solve(coop, { timeBudgetMs: 60_000, stallIterations: 0 }, () => {
      calls += 1;
      if (calls > stopAt) callsAfterFalse += 1;
      return calls < stopAt;
    });
    assert.equal(result.status, 'cancelled', `stopped at report ${stopAt}`);
    assert.equal(callsAfterFalse, 0, `stopped at report ${stopAt}`);
    assert.ok(result.plan);
  }
});

test('once onProgress has thrown it is not called again', () => {
  let callsAfterThrow = 0;
  let thrown = false;
  const boom = new Error('stop');
  assert.throws(
    () =>
      core.solve(largeUnplannedPlan(), { timeBudgetMs: 60_000, stallIterations: 0 }, () => {
        if (thrown) callsAfterThrow += 1;
        thrown = true;
        throw boom;
      }),
    (e) => e === boom,
  );
  assert.equal(callsAfterThrow, 0);
});

test('an exception thrown by onProgress stops the search and reaches the caller', () => {
  const boom = new Error('stop here');
  assert.throws(
    () =>
      core.solve(unplanned, reproducible, () => {
        throw boom;
      }),
    (e) => e === boom,
  );
  assert.equal(core.validate(family).summary.errors, core.validate(family).summary.errors);  // still usable
});

test('bad options are rejected before anything runs', () => {
  assert.throws(() => core.solve(unplanned, { seed: -1 }), RangeError);
  assert.throws(() => core.solve(unplanned, { mayMove: 'everything' }), RangeError);
  assert.throws(() => core.solve(unplanned, { timeLimit: 5 }), TypeError);
  assert.throws(() => core.solve(unplanned, {}, 'not a function'), TypeError);
});

test('an invalid plan document throws PlanDecodeError', () => {
  assert.throws(() => core.solve({ format: 'brightpath-plan' }), PlanDecodeError);
});
