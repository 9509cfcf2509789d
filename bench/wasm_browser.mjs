// The WASM side of bench/wasm_vs_native.mjs run in a browser (--browser): headless Chromium
// loads dist/ from a local HTTP server, as a page without a bundler does, and times the
// same calls with the same batching (bench/wasm_workload.mjs, imported into the page).
//
// Browsers have no CPU clock: the page measures wall time with performance.now(), which
// counts time the machine spends elsewhere. The page is cross-origin isolated (COOP/COEP
// headers), so Chromium coarsens the clock to 5 µs rather than 100 µs; batches take at
// least 2 ms.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The package the page loads: dist/, or another build of it (as for bench/wasm_ab.mjs).
const dist = path.resolve(root, process.env.BRIGHTPATH_DIST ?? 'dist');

// window.round(text) runs one round on a plan's text and returns {full, edit}.
const page = `<!doctype html>
<meta charset="utf-8">
<title>BrightPath WebAssembly benchmark</title>
<script type="module">
  import { init } from '/dist/index.js';
  import { timeCalls } from '/bench/wasm_workload.mjs';
  const core = await init();
  window.round = (text) => ({ ...timeCalls(core, text, () => performance.now()), isolated: self.crossOriginIsolated });
  window.ready = true;
</script>`;

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
// Only what the page loads.
const served = new Set(['/dist/index.js', '/dist/brightpath_core.js', '/dist/brightpath_core.wasm', '/bench/wasm_workload.mjs']);

export async function openBrowser() {
  const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/') return res.writeHead(200, { ...isolation, 'content-type': 'text/html' }).end(page);
    if (!served.has(pathname)) return res.writeHead(404).end();
    const file = pathname.startsWith('/dist/') ? path.join(dist, pathname.slice('/dist/'.length)) : path.join(root, pathname);
    const body = readFileSync(file);
    return res.writeHead(200, { ...isolation, 'content-type': types[path.extname(pathname)] }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(() => window.ready === true, null, { timeout: 60_000 });
    return {
      version: `Chromium ${browser.version()}`,
      round: async (text) => {
        const r = await tab.evaluate((t) => window.round(t), text);
        if (!r.isolated) throw new Error('the benchmark page is not cross-origin isolated: its clock would be coarse');
        return r;
      },
      close: async () => {
        await browser.close();
        server.close();
      },
    };
  } catch (e) {
    await browser.close();
    server.close();
    throw e;
  }
}
