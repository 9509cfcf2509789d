// Failures inside the WebAssembly module, brought about by the one thing outside the
// module's control: whether its memory may grow. A browser that cannot give the page more
// memory (memory.grow fails) must give a BrightPathError the caller can catch and recover
// from; memory the module only thinks it has (a trap when it is touched) must end that
// instance with a BrightPathError, and init() must then load a new one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { BrightPathError, init } from '@brightpath/core';

import { cli, root } from './helpers.mjs';

const wasm = readFileSync(path.join(root, 'dist/brightpath_core.wasm'));

// The 300-student co-op: a few of its sessions fill the module's initial 16 MB.
const run = spawnSync(cli, ['generate', '--students', '300', '--teachers', '40'], { encoding: 'utf8', maxBuffer: 1 << 26 });
assert.equal(run.status, 0, run.stderr);
const coop = run.stdout;

// Loads a module whose requests for more memory are answered by `resize` instead of
// Emscripten's emscripten_resize_heap (found by its name among the imports).
async function withResizeHeap(resize, load) {
  const instantiate = WebAssembly.instantiate;
  let replaced = false;
  WebAssembly.instantiate = (bytes, imports) => {
    for (const env of Object.values(imports)) {
      for (const [name, f] of Object.entries(env)) {
        if (typeof f === 'function' && f.name === '_emscripten_resize_heap') {
          env[name] = resize;
          replaced = true;
        }
      }
    }
    return instantiate(bytes, imports);
  };
  try {
    const core = await load();
    assert.ok(replaced, 'the module imports no _emscripten_resize_heap');
    return core;
  } finally {
    WebAssembly.instantiate = instantiate;
  }
}

// Opens sessions of `plan` until a call throws; returns them and the error.
function openUntilFailure(core, plan) {
  const sessions = [];
  for (let i = 0; i < 1000; i++) {
    try {
      sessions.push(core.openSession(plan));
    } catch (error) {
      return { sessions, error };
    }
  }
  assert.fail('1000 sessions opened without running out of memory');
}

test('running out of memory is a BrightPathError, and the core works again once memory is freed', async () => {
  const core = await withResizeHeap(() => 0, () => init({ wasmBinary: wasm }));
  const heap = core.memoryBytes;
  const { sessions, error } = openUntilFailure(core, coop);
  assert.ok(error instanceof BrightPathError, `${error.name}: ${error.message}`);
  assert.match(error.message, /^out of memory: /);
  assert.ok(sessions.length >= 1);
  assert.equal(core.memoryBytes, heap);

  // No room for the document itself: refused the same way, before it is copied.
  assert.throws(() => core.validate(' '.repeat(12_000_000)), (e) => {
    assert.ok(e instanceof BrightPathError, `${e.name}: ${e.message}`);
    assert.equal(e.message, 'out of memory: no room for a document of 12000000 bytes');
    return true;
  });

  for (const session of sessions) session.dispose();
  const again = core.openSession(coop);
  assert.equal(again.counts().errors, 0);
  again.dispose();
});

test('a trap inside the module ends that instance with a BrightPathError; init() then loads a new one', async () => {
  // Says the memory grew when it did not: the first write past the end traps.
  const core = await withResizeHeap(() => 1, () => init());
  const { sessions, error } = openUntilFailure(core, coop);
  assert.ok(error instanceof BrightPathError, `${error.name}: ${error.message}`);
  assert.ok(error.cause instanceof WebAssembly.RuntimeError, String(error.cause));
  assert.match(error.message, /^the WebAssembly module failed \(RuntimeError: /);

  // Every later call says why, sessions included; disposing them is harmless.
  const later = /^this core cannot be used after an earlier failure \(the WebAssembly module failed/;
  assert.throws(() => core.validate(coop), (e) => e instanceof BrightPathError && later.test(e.message));
  assert.throws(() => core.rules(), (e) => e instanceof BrightPathError && later.test(e.message));
  if (sessions.length > 0) {
    assert.throws(() => sessions[0].counts(), (e) => e instanceof BrightPathError && later.test(e.message));
  }
  for (const session of sessions) session.dispose();

  // The shared instance was that one: the next init() loads a new, working module.
  const fresh = await init();
  assert.notEqual(fresh, core);
  assert.equal(fresh.validate(coop).summary.errors, 0);
});
