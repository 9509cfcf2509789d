// Assembles dist/, the folder the npm package ships: the Emscripten output of the `wasm`
// preset plus the hand-written wrapper and typings. Run by `npm run build:wasm`.
// BRIGHTPATH_WASM_BUILD names another build directory (default build/wasm), BRIGHTPATH_DIST
// another folder to assemble into (default dist/), e.g. a variant for bench/wasm_ab.mjs.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = path.resolve(root, process.env.BRIGHTPATH_WASM_BUILD ?? 'build/wasm', 'wasm');
const dist = path.resolve(root, process.env.BRIGHTPATH_DIST ?? 'dist');

const files = [
  [build, 'brightpath_core.js'],
  [build, 'brightpath_core.wasm'],
  [path.join(root, 'wasm/js'), 'index.js'],
  [path.join(root, 'wasm/js'), 'index.d.ts'],
];

rmSync(dist, { recursive: true, force: true });  // nothing stale from an older build
mkdirSync(dist, { recursive: true });
for (const [dir, name] of files) copyFileSync(path.join(dir, name), path.join(dist, name));
const shown = path.relative(root, dist);
console.log(`${shown.startsWith('..') ? dist : shown}/: ${files.map(([, name]) => name).join(', ')}`);
