// WebAssembly vs native, in one run: full validation and one incremental edit (a lesson
// moved to the next school day and back) on the family and co-op example plans, plus the
// package's gzipped size, each against its target. Results go to docs/benchmarks.md,
// section "WebAssembly".
//
//   npm run build:wasm && cmake --preset native && cmake --build --preset native
//   node bench/wasm_vs_native.mjs [PLAN.json ...]
//
// With --phases it compares the parts instead (decode, validate, encode; edit decode, apply,
// encode), all inside C++: bench/wasm_peer_bench.cpp natively against the same file built as
// WebAssembly (cmake --build --preset wasm --target brightpath_wasm_phase_bench), so the
// JavaScript boundary is left out and what remains is the two compilers' output.
//
// With --browser the WASM side runs in headless Chromium instead of Node (wasm_browser.mjs):
// the engine parents use, timed by the wall clock, as browsers have no CPU clock.
// BRIGHTPATH_DIST=DIR makes the page load another build of the package than dist/.
//
// "JS alone" is the part of the WASM column no C++ code can remove: the same documents
// written into WebAssembly memory and the same answers read back, with nothing called in
// between (see runBoundary). Natively there is no such step, so it is the floor under the
// ratio: an edit whose C++ ran as fast as native would still be (native + JS alone)/native.
//
// Both sides time the same thing, JSON text in and JSON text out, per call of the public
// API: the native side is bench/wasm_peer_bench.cpp (target brightpath_wasm_peer_bench,
// found via BRIGHTPATH_WASM_PEER_BENCH or build/native/bench/). Same rule on both sides:
// process CPU time (machines share their two cores with builds; waiting is not cost), in
// batches of at least 2 ms, median of at least 15 batches and 1 s, after a warm-up. The
// two sides alternate for ROUNDS rounds and each reports its best round, so a burst of
// load on the machine during one round does not decide the ratio.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { init } from '../dist/index.js';
import { openBrowser } from './wasm_browser.mjs';
import { edits, measure, timeCalls } from './wasm_workload.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const peer = path.resolve(
  root,
  process.env.BRIGHTPATH_WASM_PEER_BENCH ?? 'build/native/bench/brightpath_wasm_peer_bench',
);
const args = process.argv.slice(2);
const phases = args.includes('--phases');
const inBrowser = args.includes('--browser');
const planArgs = args.filter((a) => a !== '--phases' && a !== '--browser');
const plans = planArgs.length > 0 ? planArgs : ['examples/family.json', 'examples/coop-300.json'];
const phaseBench = path.resolve(root, 'build/wasm/wasm/brightpath_wasm_phase_bench.cjs');

const ROUNDS = Number(process.env.ROUNDS ?? 3);
// The targets (docs/benchmarks.md, "WebAssembly"): one edit through the API (half the edit
// pair measured here) on each example plan, and full validation of the family against
// native. The package's budget is checked on the npm tarball by tests/js/pack.test.mjs.
const TARGETS = {
  'family.json': { editUs: 2.5, fullRatio: 1.3 },
  'coop-300.json': { editUs: 10 },
};
const SIZE_BUDGET_KB = 250;

// The best of several rounds of `run` (each {full, edit}), per measure.
function best(rounds) {
  const pick = (key) => rounds.reduce((a, r) => (r[key].medianMs < a.medianMs ? r[key] : a), rounds[0][key]);
  return { full: pick('full'), edit: pick('edit') };
}

// The JavaScript half of the same calls with no C++ behind it: each document written into
// WebAssembly memory with encodeInto and an answer of the real answer's bytes read back
// through a Buffer over that memory as Latin-1 (these answers are pure ASCII), as the
// package's wrapper does under Node. It is a floor under what the WASM column
// spends outside C++ (embind's dispatch and the wrapper's checks come on top), and the
// native column has no such cost.
function runBoundary(core, text, [away, back]) {
  const memory = new WebAssembly.Memory({ initial: 256 });
  const heap = new Uint8Array(memory.buffer);
  const bytes = Buffer.from(memory.buffer);
  const encoder = new TextEncoder();
  const session = core.openSession(text);
  const answers = [core.validateJson(text), session.applyJson(away), session.applyJson(back)];
  session.dispose();
  const inputAt = 1 << 20;
  const answerAt = [0, 1 << 21, (1 << 21) + (1 << 16)];
  answers.forEach((a, i) => encoder.encodeInto(a, heap.subarray(answerAt[i])));
  const lengths = answers.map((a) => encoder.encode(a).length);
  const trip = (document, i) => {
    const room = document.length * 3;
    encoder.encodeInto(document, heap.subarray(inputAt, inputAt + room));
    return bytes.toString('latin1', answerAt[i], answerAt[i] + lengths[i]).length;
  };
  let sink = 0;
  const full = measure(() => {
    sink += trip(text, 0);
  });
  const edit = measure(() => {
    sink += trip(away, 1) + trip(back, 2);
  });
  return { full, edit, sink };
}

function runNative(file, [away, back]) {
  if (!existsSync(peer)) return null;
  const run = spawnSync(peer, [file, away, back], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${peer} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

// µs, with three significant digits for the microsecond edits.
const fmt = (ms) => (ms * 1000).toFixed(ms >= 0.1 ? 0 : ms >= 0.01 ? 1 : 2).padStart(8);
const ratio = (wasm, native) => (native ? (wasm / native).toFixed(2) + '×' : 'n/a');

// Runs the peer bench (native, or its WebAssembly build under node) in --phases mode.
function runPhases(command, argv) {
  const run = spawnSync(command, argv, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

if (phases) {
  for (const [file, hint] of [
    [peer, 'build the native preset'],
    [phaseBench, 'cmake --build --preset wasm --target brightpath_wasm_phase_bench'],
  ]) {
    if (!existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: ${hint}`);
  }
  const parts = ['whole', 'decode', 'validate', 'encode', 'editWhole', 'editDecode', 'editApply', 'editEncode'];
  console.log(`node ${process.version}, ${process.arch}; µs per call inside C++, best of ${ROUNDS} rounds\n`);
  console.log('plan                      part                    wasm    native   wasm/native');
  const us = (ms) => (ms * 1000).toFixed(ms >= 0.01 ? 0 : 2).padStart(8);
  for (const rel of plans) {
    const file = path.resolve(root, rel);
    const moves = edits(JSON.parse(readFileSync(file, 'utf8')));
    const wasmRounds = [];
    const nativeRounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      // --no-experimental-fetch: Emscripten 3.1.6's loader would fetch() the .wasm by path.
      wasmRounds.push(runPhases(process.execPath, ['--no-experimental-fetch', phaseBench, '--phases', file, ...moves]));
      nativeRounds.push(runPhases(peer, ['--phases', file, ...moves]));
    }
    const bestOf = (rounds, key) => Math.min(...rounds.map((r) => r[key].medianMs));
    const row = (label, w, n) =>
      console.log(`${path.basename(rel).padEnd(26)}${label.padEnd(21)}${us(w)}  ${us(n)}   ${ratio(w, n)}`);
    const sums = { full: [0, 0], edit: [0, 0] };
    for (const key of parts) {
      const w = bestOf(wasmRounds, key);
      const n = bestOf(nativeRounds, key);
      row(key, w, n);
      if (key === 'whole' || key === 'editWhole') continue;
      const sum = key.startsWith('edit') ? sums.edit : sums.full;
      sum[0] += w;
      sum[1] += n;
    }
    row('full (sum)', ...sums.full);
    row('edit (sum)', ...sums.edit);
  }
  process.exit(0);
}

const core = await init();
const browser = inBrowser ? await openBrowser() : null;
if (browser) {
  console.log(`${browser.version}: wall-clock µs per call; native: CPU µs per call; best of ${ROUNDS} rounds\n`);
} else {
  console.log(`node ${process.version}, ${process.arch}; CPU µs per call, best of ${ROUNDS} rounds\n`);
}
console.log(
  'plan                      lessons  measure                 wasm    native   wasm/native  JS alone  JS alone/native',
);
const verdicts = [];
for (const rel of plans) {
  const file = path.resolve(root, rel);
  if (!existsSync(file)) {
    console.log(`${rel}: missing (skipped)`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  const plan = JSON.parse(text);
  const moves = edits(plan);
  const wasmRounds = [];
  const nativeRounds = [];
  const boundaryRounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    wasmRounds.push(browser ? await browser.round(text) : timeCalls(core, text));
    const n = runNative(file, moves);
    if (n) nativeRounds.push(n);
    if (!browser) boundaryRounds.push(runBoundary(core, text, moves));
  }
  const wasm = best(wasmRounds);
  const native = nativeRounds.length > 0 ? best(nativeRounds) : null;
  // "JS alone" is Node's (Buffer, encodeInto): there is no such split of a browser's time.
  const boundary = browser ? null : best(boundaryRounds);
  for (const [key, label] of [
    ['full', 'full validation'],
    ['edit', 'edit (move away+back)'],
  ]) {
    const n = native?.[key].medianMs;
    const target = TARGETS[path.basename(rel)];
    if (key === 'edit' && target?.editUs) {
      const us = (wasm.edit.medianMs * 1000) / 2;
      verdicts.push(`${path.basename(rel)}: one edit ${us.toFixed(2)} µs (target ≤ ${target.editUs} µs)`);
    }
    if (key === 'full' && target?.fullRatio && n) {
      const r = wasm.full.medianMs / n;
      verdicts.push(`${path.basename(rel)}: full validation ${r.toFixed(2)}× native (target ≤ ${target.fullRatio}×)`);
    }
    const b = boundary?.[key].medianMs;
    console.log(
      `${path.basename(rel).padEnd(26)}${String(plan.placements?.length ?? 0).padStart(7)}  ${label.padEnd(21)}` +
        `${fmt(wasm[key].medianMs)}  ${n ? fmt(n) : '     n/a'}   ${ratio(wasm[key].medianMs, n).padEnd(7)}` +
        (b === undefined ? '     n/a' : `${fmt(b)}   ${n ? ratio(b, n) : 'n/a'}`),
    );
  }
}
await browser?.close();
if (!existsSync(peer)) console.log(`\nnative peer not built (${path.relative(root, peer)}): build the native preset`);
console.log(`\n${verdicts.join('\n')}`);

// What a browser downloads: the module, its Emscripten loader and the wrapper.
const shipped = ['brightpath_core.wasm', 'brightpath_core.js', 'index.js'];
let rawBytes = 0;
let gzBytes = 0;
for (const name of shipped) {
  const bytes = readFileSync(path.join(root, 'dist', name));
  rawBytes += bytes.length;
  gzBytes += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `package size (${shipped.join(' + ')}): ${kb(rawBytes)} KB, gzipped ${kb(gzBytes)} KB ` +
    `(what a browser downloads; the npm tarball's ${SIZE_BUDGET_KB} KB budget is checked by tests/js/pack.test.mjs)`,
);
