// The decoders' size limit, applied by the wrapper before a document is copied into the
// module's memory (which never shrinks): the same error the decoder gives, and no growth of
// the heap for a document that is refused.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { EditDecodeError, init, PlanDecodeError } from '@brightpath/core';

import { cliDecodeErrors, root, smallPlan } from './helpers.mjs';

// A private instance: the heap sizes compared below are not disturbed by other tests.
const core = await init({ wasmBinary: readFileSync(path.join(root, 'dist/brightpath_core.wasm')) });
const limit = core.maxDocumentBytes;

// The decoder's lines as the CLI prints them (DecodeError::text(): no path before a whole-document problem).
const lines = (error) => error.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));

// `call` must throw `ErrorClass` with the one oversized-document problem for `bytes`,
// without growing the WebAssembly heap.
function refused(call, ErrorClass, bytes) {
  const before = core.memoryBytes;
  assert.throws(call, (e) => {
    assert.ok(e instanceof ErrorClass, `${e.name}: ${e.message}`);
    assert.deepEqual(e.errors, [
      { path: '', message: `the document is ${bytes} bytes, more than the limit; expected at most ${limit} bytes` },
    ]);
    return true;
  });
  assert.equal(core.memoryBytes, before, 'the heap grew for a refused document');
}

test('the module reports the core decoder limit of 16 MiB', () => {
  assert.equal(limit, 16 * 1024 * 1024);
});

test('the wrapper refuses an oversized document with the native decoder\'s own words', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brightpath-limit-'));
  try {
    const file = path.join(dir, 'oversized.json');
    const bytes = new Uint8Array(limit + 1).fill(0x20);
    writeFileSync(file, bytes);
    const native = cliDecodeErrors(file);
    assert.throws(() => core.validate(bytes), (e) => {
      assert.deepEqual(lines(e), native);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a 300 MB string is refused by every call that takes a document, before it is copied', () => {
  const huge = ' '.repeat(300_000_000);
  refused(() => core.validate(huge), PlanDecodeError, huge.length);
  refused(() => core.validateJson(huge), PlanDecodeError, huge.length);
  refused(() => core.openSession(huge), PlanDecodeError, huge.length);
  refused(() => core.solve(huge, { timeBudgetMs: 0, maxIterations: 10 }), PlanDecodeError, huge.length);
  const session = core.openSession(smallPlan());
  try {
    refused(() => session.apply(huge), EditDecodeError, huge.length);
    refused(() => session.applyJson(huge), EditDecodeError, huge.length);
    assert.equal(session.apply({ op: 'remove', lesson: 'p1' }).ok, true);  // the session still works
  } finally {
    session.dispose();
  }
});

test('a text under the limit in code units but over it in UTF-8 bytes is measured and refused', () => {
  // 9 million "é": fewer UTF-16 code units than the limit, 18 million UTF-8 bytes.
  const text = JSON.stringify({ ...smallPlan(), name: 'é'.repeat(9_000_000) });
  const bytes = Buffer.byteLength(text);
  assert.ok(text.length < limit && bytes > limit);
  refused(() => core.validate(text), PlanDecodeError, bytes);
  refused(() => core.validate(JSON.parse(text)), PlanDecodeError, bytes);  // an object is measured as its JSON
});

test('oversized bytes are refused without being copied', () => {
  const bytes = new Uint8Array(limit + 1).fill(0x20);
  refused(() => core.validate(bytes), PlanDecodeError, limit + 1);
  refused(() => core.validate(bytes.buffer), PlanDecodeError, limit + 1);
});

test('a lone surrogate counts as the 3 bytes TextEncoder writes for it', () => {
  const measured = '\ud800'.repeat(Math.floor(limit / 3) + 1);  // encoded, then counted
  refused(() => core.validate(measured), PlanDecodeError, measured.length * 3);
  const counted = '\ud800'.repeat(limit + 1);  // longer than the limit: counted, not encoded
  refused(() => core.validate(counted), PlanDecodeError, counted.length * 3);
});

test('a document of exactly the limit reaches the decoder', () => {
  assert.throws(() => core.validate(' '.repeat(limit)), (e) => {
    assert.deepEqual(lines(e), ['the document is empty; expected a JSON object']);
    return true;
  });
  assert.equal(core.validate(smallPlan()).summary.errors > 0, true);  // and the core still works
});
