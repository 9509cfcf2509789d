// Two or more builds of the package side by side in one Node process: the same full
// validation or edit pair (as in bench/wasm_vs_native.mjs) through each, alternating in
// short rounds, so that a change to the module or the wrapper is measured against the build
// without it under the same load. Reports, per build, the fastest round, the lower quartile
// and the median of the per-call CPU time. The figures in docs/wasm.md that compare a
// change with the build before it come from here.
//
//   BRIGHTPATH_DIST=/tmp/dist-before npm run build:wasm   # e.g. on the commit before
//   npm run build:wasm                                    # dist/, the change
//   node bench/wasm_ab.mjs edit examples/family.json /tmp/dist-before dist
//
// ROUNDS (default 30) sets the number of rounds; each lasts at least 5 ms per build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { cpuMs, edits } from './wasm_workload.mjs';

const [what, planFile, ...dists] = process.argv.slice(2);
if (!['edit', 'full'].includes(what) || !planFile || dists.length < 2) {
  console.error('usage: node bench/wasm_ab.mjs edit|full PLAN.json DIST_A DIST_B [DIST...]');
  process.exit(2);
}
const ROUNDS = Number(process.env.ROUNDS ?? 30);

const text = readFileSync(planFile, 'utf8');
const [away, back] = edits(JSON.parse(text));

// Each build is its own module instance, loaded from its own folder.
const bodies = [];
for (const dist of dists) {
  const dir = path.resolve(dist);
  const { init } = await import(pathToFileURL(path.join(dir, 'index.js')).href);
  const core = await init({ wasmBinary: readFileSync(path.join(dir, 'brightpath_core.wasm')) });
  const session = core.openSession(text);
  bodies.push(
    what === 'full'
      ? () => core.validateJson(text).length
      : () => session.applyJson(away).length + session.applyJson(back).length,
  );
}

let sink = 0;
for (const body of bodies) for (const start = performance.now(); performance.now() - start < 1500; ) sink += body();
let batch = 1;
for (let t0 = cpuMs(); cpuMs() - t0 < 5; batch *= 2) {
  t0 = cpuMs();
  for (let i = 0; i < batch; i++) sink += bodies[0]();
}
const samples = bodies.map(() => []);
// Every other round runs the builds in reverse order: a build measured right after another
// came out about 1 % faster than the same build measured first (two copies of one build
// showed it), which would otherwise favour whichever comes last.
for (let round = 0; round < ROUNDS; round++) {
  const order = bodies.map((_, k) => (round % 2 === 0 ? k : bodies.length - 1 - k));
  for (const k of order) {
    const t0 = cpuMs();
    for (let i = 0; i < batch; i++) sink += bodies[k]();
    samples[k].push(((cpuMs() - t0) / batch) * 1000);
  }
}
const us = (v) => v.toFixed(v >= 100 ? 0 : 2).padStart(9);
console.log(`${what} on ${path.basename(planFile)}: CPU µs per call, ${ROUNDS} rounds (sink ${sink > 0 ? 'ok' : '?'})`);
console.log(`${'build'.padEnd(30)}      min      p25   median`);
samples.forEach((s, k) => {
  s.sort((a, b) => a - b);
  console.log(`${dists[k].padEnd(30)}${us(s[0])}${us(s[s.length >> 2])}${us(s[s.length >> 1])}`);
});
