// The package in a real browser: Debian's headless Chromium loads dist/ from a local HTTP
// server the way a page without a bundler does (an ES module import, the .wasm found next to
// index.js), validates and edits on the page, and solves in a module Web Worker so the page
// never blocks. Results must equal the native CLI's and Node's.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { init } from '@brightpath/core';

import { launchChromium } from '../../scripts/chromium.mjs';
import { cliValidateJson, root } from './helpers.mjs';

const familyFile = path.join(root, 'examples/family.json');
// The family with only its locked lessons: the solver has the rest of the week to place.
const unsolved = JSON.parse(readFileSync(familyFile, 'utf8'));
unsolved.placements = unsolved.placements.filter((p) => p.locked);
const SOLVE_OPTIONS = { seed: 7, maxIterations: 20000, timeBudgetMs: 10000 };

const page = `<!doctype html>
<meta charset="utf-8">
<title>BrightPath browser test</title>
<script type="module">
  import { init } from '/dist/index.js';
  try {
    const core = await init();
    const text = await (await fetch('/examples/family.json')).text();
    const plan = JSON.parse(text);
    const result = { validate: core.validateJson(text) };
    const session = core.openSession(plan);
    const lesson = plan.placements[0];
    result.edit = session.apply({ op: 'move', lesson: lesson.id, day: lesson.day, start: '06:00' });
    // A short command that is not ASCII, and an answer that is not either.
    try {
      session.apply({ op: 'move', lesson: 'leçon-été', day: 'mon', start: '09:00' });
    } catch (e) {
      result.rejected = { name: e.name, errors: e.errors };
    }
    session.dispose();
    // Longer than the size limit: refused before copying, its UTF-8 bytes counted without
    // Node's Buffer (2 + 4 + 1 + 3 bytes a repetition, a lone surrogate as U+FFFD).
    const heap = core.memoryBytes;
    try {
      core.validate('é😀a\ud800'.repeat(Math.ceil((core.maxDocumentBytes + 1) / 5)));
    } catch (e) {
      result.oversized = { name: e.name, errors: e.errors, grew: core.memoryBytes !== heap, limit: core.maxDocumentBytes };
    }
    const worker = new Worker('/worker.mjs', { type: 'module' });
    result.solve = await new Promise((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage(${JSON.stringify({ plan: unsolved, options: SOLVE_OPTIONS })});
    });
    window.outcome = { result };
  } catch (e) {
    window.outcome = { error: String(e && e.stack || e) };
  }
</script>`;

// The handler is set before anything is awaited: a message that arrives while a module
// worker is still loading is dropped if nothing listens yet.
const worker = `import { init } from '/dist/index.js';
const ready = init();
self.onmessage = async (e) => {
  const core = await ready;
  let progressCalls = 0;
  const result = core.solve(e.data.plan, e.data.options, () => { progressCalls += 1; });
  self.postMessage({ result, progressCalls });
};`;

const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
let server;
let base;
let browser;

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (url.pathname === '/worker.mjs') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(worker);
    const served = /^\/(dist\/[\w.]+|examples\/[\w.-]+\.json)$/.exec(url.pathname);
    const file = served && path.join(root, served[1]);
    if (!file || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    return res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('in Chromium: validate, edit on the page and solve in a Web Worker, as in Node', async () => {
  const tab = await browser.newPage();
  const pageErrors = [];
  tab.on('pageerror', (e) => pageErrors.push(e.message));
  await tab.goto(base);
  await tab.waitForFunction(() => window.outcome !== undefined, null, { timeout: 60000 });
  const outcome = await tab.evaluate(() => window.outcome);
  assert.deepEqual(pageErrors, []);
  assert.equal(outcome.error, undefined, outcome.error);
  const { validate, edit, solve } = outcome.result;

  // Byte for byte what the native CLI prints.
  assert.equal(validate, cliValidateJson(familyFile));

  // 06:00 is before every child's school day: the move is applied and reported.
  assert.equal(edit.ok, true);
  assert.ok(edit.added.some((d) => d.code === 'outside-student-day'));

  // Written and read back as UTF-8, not as ASCII: the id arrives intact in the message.
  assert.deepEqual(outcome.result.rejected, {
    name: 'EditDecodeError',
    errors: [
      { path: '/lesson', message: '"leçon-été" is not an id; expected 1 to 64 characters from A-Z a-z 0-9 _ -' },
    ],
  });

  const { limit } = outcome.result.oversized;
  const bytes = 10 * Math.ceil((limit + 1) / 5);
  assert.deepEqual(outcome.result.oversized, {
    name: 'PlanDecodeError',
    errors: [{ path: '', message: `the document is ${bytes} bytes, more than the limit; expected at most ${limit} bytes` }],
    grew: false,
    limit,
  });

  // Same seed and iteration limit: the same week as the solver gives in Node.
  assert.ok(solve.progressCalls >= 1);
  assert.equal(solve.result.status, 'feasible');
  const node = (await init()).solve(unsolved, SOLVE_OPTIONS);
  assert.deepEqual(solve.result.plan, node.plan);
  await tab.close();
});
