// Loading the module the ways browsers and bundlers do: by URL over HTTP (streaming when
// the server says application/wasm, buffered otherwise), from bytes, and failing clearly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { BrightPathError, init } from '@brightpath/core';

import { root, smallPlan } from './helpers.mjs';

const wasm = readFileSync(path.join(root, 'dist/brightpath_core.wasm'));
let server;
let base;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/streaming.wasm') res.writeHead(200, { 'content-type': 'application/wasm' }).end(wasm);
    else if (req.url === '/octet.wasm') res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(wasm);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

const works = (core) => assert.ok(core.validate(smallPlan()).summary.errors >= 1);

test('init() fetches the .wasm from a URL served as application/wasm', async () => {
  works(await init({ wasmUrl: `${base}/streaming.wasm` }));
});

test('init() falls back to buffered compilation for another content type', async () => {
  works(await init({ wasmUrl: new URL(`${base}/octet.wasm`) }));
});

test('init() takes the .wasm bytes directly', async () => {
  works(await init({ wasmBinary: wasm }));
});

test('each init() with options is a separate instance', async () => {
  const a = await init({ wasmBinary: wasm });
  const b = await init({ wasmBinary: wasm });
  assert.notEqual(a, b);
});

test('a missing .wasm rejects with its URL and HTTP status', async () => {
  await assert.rejects(init({ wasmUrl: `${base}/missing.wasm` }), (e) => {
    assert.ok(e instanceof BrightPathError);
    assert.match(e.message, /missing\.wasm: HTTP 404/);
    return true;
  });
});

test('bytes that are not WebAssembly reject', async () => {
  await assert.rejects(init({ wasmBinary: new Uint8Array([0, 97, 115, 109]) }), WebAssembly.CompileError);
});
