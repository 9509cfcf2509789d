// Where the time of an edit through the package's API goes beyond the C++ (Node only): the
// edit pair of bench/wasm_vs_native.mjs timed four ways in one process.
//
//   module call    the module's Session.apply on the command's bytes, copied into its input
//                  buffer; the answer is left unread (embind's dispatch and the C++)
//   + answer read  the same, each answer then read into a string as the wrapper does under
//                  Node (Buffer toString('latin1') over the module's memory)
//   API            session.applyJson(command): the wrapper, encodeInto and all
//   read alone     only the two answer reads, with no call into the module in between
//
// "read alone" against "+ answer read" minus "module call" shows what the reads cost
// between calls into the module rather than in a loop of their own.
//
//   npm run build:wasm && ROUNDS=5 node bench/wasm_call_parts.mjs [PLAN.json]
//
// BRIGHTPATH_DIST picks another build of the package (default dist/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { edits, measure } from './wasm_workload.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.resolve(process.env.BRIGHTPATH_DIST ?? path.join(root, 'dist'));
const planFile = process.argv[2] ?? path.join(root, 'examples', 'family.json');
const ROUNDS = Number(process.env.ROUNDS ?? 3);

const text = readFileSync(planFile, 'utf8');
const [away, back] = edits(JSON.parse(text)).map((command) => new TextEncoder().encode(command));
const wasmBinary = readFileSync(path.join(dist, 'brightpath_core.wasm'));

// The package's API, as an application uses it.
const { init } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const core = await init({ wasmBinary });
const session = core.openSession(text);
const [awayText, backText] = [away, back].map((bytes) => new TextDecoder().decode(bytes));

// The Emscripten module underneath, driven directly (the calls the wrapper makes).
const { default: createModule } = await import(pathToFileURL(path.join(dist, 'brightpath_core.js')).href);
const module = await createModule({
  instantiateWasm(imports, receive) {
    WebAssembly.instantiate(wasmBinary, imports).then(({ instance }) => receive(instance));
    return {};
  },
});
const planBytes = new TextEncoder().encode(text);
module.HEAPU8.set(planBytes, module.inputBuffer(planBytes.length));
const native = new module.Session(planBytes.length);
if (native.opened() !== 0) throw new Error(`${planFile} does not open as a session`);
const input = module.inputBuffer(4096);
// Views taken once, as the wrapper keeps its own; checked after the run, since they go
// empty if the module's memory grows (a plan bigger than the co-op might make it).
const heap = module.HEAPU8;
const answer = new Uint32Array(heap.buffer, module.answerAddress(), 2);
const bytes = Buffer.from(heap.buffer);
const read = () => bytes.toString('latin1', answer[0], answer[0] + answer[1]).length;
const call = (command) => {
  heap.set(command, input);
  return native.apply(command.length);
};

let sink = 0;
const rows = {
  'module call': () => {
    sink += call(away) + call(back);
  },
  '+ answer read': () => {
    call(away);
    sink += read();
    call(back);
    sink += read();
  },
  API: () => {
    sink += session.applyJson(awayText).length + session.applyJson(backText).length;
  },
  'read alone': () => {
    sink += read() + read();
  },
};

const best = Object.fromEntries(Object.keys(rows).map((name) => [name, Infinity]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, body] of Object.entries(rows)) best[name] = Math.min(best[name], measure(body).medianMs * 1000);
}
if (heap.length === 0) throw new Error('the module\'s memory grew during the run: these figures are not valid');
console.log(`node ${process.version}; ${path.basename(planFile)}, edit pair (move away and back); CPU µs per pair, best of ${ROUNDS} rounds\n`);
for (const [name, us] of Object.entries(best)) console.log(`${name.padEnd(16)}${us.toFixed(2).padStart(8)}`);
const betweenCalls = best['+ answer read'] - best['module call'];
console.log(`\nthe two reads: ${betweenCalls.toFixed(2)} µs between calls into the module, ${best['read alone'].toFixed(2)} µs alone`);
session.dispose();
native.delete();
if (sink === 0) console.log('(sink 0)');
