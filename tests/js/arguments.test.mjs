// Every public function, method and option checks its arguments before anything reaches the
// module: a TypeError for the wrong kind of value, a RangeError for a number out of range,
// each naming the call, the argument and what it accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

import { init } from '@brightpath/core';

import { root, smallPlan } from './helpers.mjs';

const core = await init();
const plan = smallPlan();
const wasmFile = path.join(root, 'dist/brightpath_core.wasm');

// Values that are no document at all, with how the message names them.
const notDocuments = [
  [undefined, 'undefined'],
  [null, 'null'],
  [42, 'a number (42)'],
  [true, 'a boolean (true)'],
  [[plan], 'an array'],
  [new Float64Array(2), 'an object (Float64Array)'],
  [() => plan, 'a function'],
];

function throwsNaming(call, ErrorClass, message) {
  assert.throws(call, (e) => {
    assert.equal(e.constructor, ErrorClass, `${e.name}: ${e.message}`);
    assert.equal(e.message, message);
    return true;
  });
}

const planRule = 'plan must be a string of plan JSON, a plan object, or its UTF-8 bytes (Uint8Array or ArrayBuffer)';

test('validate(undefined) names the call, the argument and what it accepts', () => {
  throwsNaming(() => core.validate(undefined), TypeError, `validate(plan): ${planRule}, got undefined`);
});

test('every call that takes a plan refuses a value that is no document', () => {
  for (const [value, named] of notDocuments) {
    throwsNaming(() => core.validate(value), TypeError, `validate(plan): ${planRule}, got ${named}`);
    throwsNaming(() => core.validateJson(value), TypeError, `validateJson(plan): ${planRule}, got ${named}`);
    throwsNaming(() => core.openSession(value), TypeError, `openSession(plan): ${planRule}, got ${named}`);
    throwsNaming(() => core.solve(value), TypeError, `solve(plan, options, onProgress): ${planRule}, got ${named}`);
  }
});

test('Session.apply and applyJson refuse a value that is no edit', () => {
  const editRule = 'edit must be a string of edit JSON, an edit object, or its UTF-8 bytes (Uint8Array or ArrayBuffer)';
  const session = core.openSession(plan);
  try {
    for (const [value, named] of notDocuments) {
      throwsNaming(() => session.apply(value), TypeError, `Session.apply(edit): ${editRule}, got ${named}`);
      throwsNaming(() => session.applyJson(value), TypeError, `Session.applyJson(edit): ${editRule}, got ${named}`);
    }
    assert.equal(session.apply({ op: 'remove', lesson: 'p1' }).ok, true);
  } finally {
    session.dispose();
  }
});

test('solve options: the wrong kind is a TypeError, out of range a RangeError, each naming the option', () => {
  const call = 'solve(plan, options, onProgress)';
  throwsNaming(() => core.solve(plan, null), TypeError, `${call}: options must be an object or undefined, got null`);
  throwsNaming(() => core.solve(plan, 7), TypeError, `${call}: options must be an object or undefined, got a number (7)`);
  throwsNaming(
    () => core.solve(plan, { timeLimit: 5 }),
    TypeError,
    `${call}: unknown option timeLimit; the options are timeBudgetMs, seed, mayMove, maxIterations, stallIterations`,
  );
  throwsNaming(() => core.solve(plan, { seed: '7' }), TypeError, `${call}: options.seed must be a number, got the string "7"`);
  throwsNaming(
    () => core.solve(plan, { seed: -1 }),
    RangeError,
    `${call}: options.seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got -1`,
  );
  const ranges = [
    ['timeBudgetMs', 1.5, '0 to 3600000'],
    ['timeBudgetMs', 3_600_001, '0 to 3600000'],
    ['timeBudgetMs', NaN, '0 to 3600000'],
    ['maxIterations', -2, `-1 to ${Number.MAX_SAFE_INTEGER}`],
    ['stallIterations', Infinity, `-1 to ${Number.MAX_SAFE_INTEGER}`],
    ['stallIterations', -2, `-1 to ${Number.MAX_SAFE_INTEGER}`],
  ];
  for (const [name, value, range] of ranges) {
    throwsNaming(
      () => core.solve(plan, { [name]: value }),
      RangeError,
      `${call}: options.${name} must be a whole number from ${range}, got ${value}`,
    );
  }
  throwsNaming(
    () => core.solve(plan, { mayMove: 'everything' }),
    RangeError,
    `${call}: options.mayMove must be "unplaced-only" or "all-unlocked", got the string "everything"`,
  );
  throwsNaming(
    () => core.solve(plan, { mayMove: true }),
    TypeError,
    `${call}: options.mayMove must be "unplaced-only" or "all-unlocked", got a boolean (true)`,
  );
});

test('solve refuses an onProgress that is not a function', () => {
  for (const [value, named] of [[null, 'null'], ['stop', 'the string "stop"'], [{}, 'an object (Object)']]) {
    throwsNaming(
      () => core.solve(plan, {}, value),
      TypeError,
      `solve(plan, options, onProgress): onProgress must be a function or undefined, got ${named}`,
    );
  }
});

test('a solve option given as undefined takes its default', () => {
  const options = { timeBudgetMs: 0, maxIterations: 100, seed: 3 };
  const withUndefined = core.solve(plan, { ...options, mayMove: undefined, stallIterations: undefined });
  const without = core.solve(plan, options);
  assert.deepEqual(withUndefined.plan, without.plan);
});

test('init() rejects bad options with a TypeError naming them', async () => {
  const cases = [
    [null, 'init(options): options must be an object or undefined, got null'],
    ['x.wasm', 'init(options): options must be an object or undefined, got the string "x.wasm"'],
    [{ wasmPath: 'x' }, 'init(options): unknown option wasmPath; the options are wasmBinary, wasmUrl'],
    [{ wasmBinary: 'bytes' }, 'init(options): options.wasmBinary must be the .wasm bytes (Uint8Array or ArrayBuffer), got the string "bytes"'],
    [{ wasmUrl: 5 }, 'init(options): options.wasmUrl must be a string or a URL, got a number (5)'],
    [{ wasmUrl: 'http://[bad' }, 'init(options): options.wasmUrl is not a valid URL: "http://[bad"'],
    [
      { wasmBinary: new Uint8Array(1), wasmUrl: 'https://cdn.example/x.wasm' },
      'init(options): give options.wasmBinary or options.wasmUrl, not both',
    ],
  ];
  for (const [options, message] of cases) {
    await assert.rejects(init(options), (e) => {
      assert.equal(e.constructor, TypeError);
      assert.equal(e.message, message);
      return true;
    });
  }
});

test('init() takes anything with a URL\'s href, and bytes from another realm', async () => {
  const byHref = await init({ wasmUrl: { href: pathToFileURL(wasmFile).href } });
  assert.ok(byHref.validate(plan).summary.errors >= 1);
  const { runInNewContext } = await import('node:vm');
  const bytes = readFileSync(wasmFile);
  const foreign = runInNewContext('new Uint8Array(n)', { n: bytes.length });
  foreign.set(bytes);
  assert.ok((await init({ wasmBinary: foreign })).validate(plan).summary.errors >= 1);
});

test('after an argument error the core works as before', () => {
  assert.throws(() => core.validate(undefined), TypeError);
  assert.deepEqual(core.validate(JSON.stringify(plan)), core.validate(plan));
});
