// What moving text across the WebAssembly boundary costs per call in headless Chromium and in
// Node, the numbers behind the wrapper's short-command path (wasm/js/index.js, SHORT_TEXT):
// writing an ASCII string of n characters into WebAssembly memory with
// TextEncoder.encodeInto and with a plain loop, and reading n ASCII bytes back with
// TextDecoder. The same script runs in both (Chromium's in a cross-origin-isolated page, for
// its 5 µs clock).
//
//   node bench/text_boundary.mjs
//
// Best of 5 rounds of 50,000 calls.
import { createServer } from 'node:http';

import { launchChromium } from '../scripts/chromium.mjs';

// Defines run(), which returns a row per text length.
const script = `
  const memory = new WebAssembly.Memory({ initial: 256 });
  const heap = new Uint8Array(memory.buffer);
  const room = heap.subarray(1 << 16, 1 << 17);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  for (let i = 0; i < 8192; i++) heap[i] = 0x20 + (i % 0x5f);
  const writeAscii = (text, bytes) => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit > 0x7f) return -1;
      bytes[i] = unit;
    }
    return text.length;
  };
  const best = (body) => {
    let us = Infinity;
    for (let round = 0; round < 5; round++) {
      let sink = 0;
      const t0 = performance.now();
      for (let i = 0; i < 50000; i++) sink += body();
      us = Math.min(us, ((performance.now() - t0) * 1000) / 50000);
      if (sink < 0) throw new Error('unreachable');
    }
    return us;
  };
  globalThis.run = () =>
    [16, 70, 150, 300, 769, 1200].map((n) => {
      const text = 'x'.repeat(n);
      return {
        n,
        encodeInto: best(() => encoder.encodeInto(text, room).written),
        loop: best(() => writeAscii(text, room)),
        decode: best(() => decoder.decode(heap.subarray(0, n)).length),
        isolated: globalThis.crossOriginIsolated,
      };
    });
`;
const page = `<!doctype html>\n<meta charset="utf-8">\n<script>${script}</script>`;

const print = (title, rows) => {
  console.log(`${title}: µs per call, best of 5 rounds of 50,000\n`);
  console.log('characters  encodeInto   loop    TextDecoder.decode');
  for (const r of rows) {
    const us = (v) => v.toFixed(3).padStart(9);
    console.log(`${String(r.n).padStart(10)}  ${us(r.encodeInto)} ${us(r.loop)}  ${us(r.decode)}`);
  }
  console.log();
};

const server = createServer((req, res) =>
  res
    .writeHead(200, {
      'content-type': 'text/html',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    })
    .end(page),
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  const rows = await tab.evaluate(() => window.run());
  if (!rows[0].isolated) throw new Error('the page is not cross-origin isolated: its clock would be coarse');
  print(`Chromium ${browser.version()}`, rows);
} finally {
  await browser.close();
  server.close();
}

// The same in this Node process (the wrapper there reads answers through a Buffer instead of
// TextDecoder; the column is for comparison).
new Function(script)();
print(`Node ${process.version}`, globalThis.run());
