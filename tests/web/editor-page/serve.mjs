// Builds the editor's test page (vite build) and serves it with the repository's examples/
// on a free localhost port. Used by tests/web/editor-*.test.mjs and bench/web/editor_bench.mjs.
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = path.resolve(here, '../../..');
// One folder per process: test files that run at the same time each build and serve their own.
const out = path.join(root, 'build/editor-page', String(process.pid));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

/** Builds the page once and serves it; returns its URL and a close(). */
export async function serveEditorPage({ quiet = true } = {}) {
  await build({ configFile: path.join(here, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info', build: { outDir: out, emptyOutDir: true } });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const file = url.pathname.startsWith('/examples/')
      ? path.join(root, 'examples', path.basename(url.pathname))
      : path.join(out, path.normalize(url.pathname === '/' ? '/index.html' : url.pathname));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    out,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(out, { recursive: true, force: true });
    },
  };
}
