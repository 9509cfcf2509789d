// The solver's speed in two or more builds of the package, side by side in one Node process:
// the same solve (a fixed seed and iteration count, no stall limit) through each build in
// turn, twelve rounds, order reversed every other round. Reports the fastest and the median
// wall time per build. docs/wasm.md ("Size") compares the solver at -O3 and -Os with it.
//
//   node bench/wasm_solve_ab.mjs examples/family.json DIST_A DIST_B
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [planFile, ...dists] = process.argv.slice(2);
if (!planFile || dists.length < 2) {
  console.error('usage: node bench/wasm_solve_ab.mjs PLAN.json DIST_A DIST_B [DIST...]');
  process.exit(2);
}
const ROUNDS = 12;
const options = { timeBudgetMs: 60000, seed: 1, maxIterations: 200000, mayMove: 'all-unlocked', stallIterations: 0 };

const text = readFileSync(planFile, 'utf8');
const cores = [];
for (const dist of dists) {
  const dir = path.resolve(dist);
  const { init } = await import(pathToFileURL(path.join(dir, 'index.js')).href);
  cores.push(await init({ wasmBinary: readFileSync(path.join(dir, 'brightpath_core.wasm')) }));
}
const times = cores.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  const order = [...cores.keys()];
  if (round % 2 === 1) order.reverse();
  for (const k of order) {
    const start = performance.now();
    const result = cores[k].solve(text, options);
    times[k].push(performance.now() - start);
    if (round === 0) console.log(`${dists[k]}: ${result.status}, ${result.statistics.iterations} iterations`);
  }
}
console.log('build                               min ms   median ms');
for (const [k, dist] of dists.entries()) {
  const sorted = [...times[k]].sort((a, b) => a - b);
  console.log(`${dist.padEnd(34)}${sorted[0].toFixed(1).padStart(7)}  ${sorted[ROUNDS / 2].toFixed(1).padStart(9)}`);
}
