// The package behind a bundler, as most frontends ship it: `npm pack`, install the tarball
// into an empty app (offline), build the app with Vite and open the build in headless
// Chromium. Two apps, the two ways docs/npm-package.md (section "Vite") gives: plain
// `init()`, where Vite must find the .wasm through the wrapper's literal
// `new URL('./brightpath_core.wasm', import.meta.url)`, and `init({ wasmUrl })` with a `?url`
// import. Each build must emit the .wasm as a hashed asset and refer to nothing outside
// itself; each page must validate exactly as the native CLI does and apply an edit. Both apps
// also run under Vite's dev server, whose dependency pre-bundling copies the wrapper into a
// cache folder away from the .wasm: the page must still fetch the installed file (Vite 7 and
// earlier did not rewrite the URL there, see the docs).
import assert from 'node:assert/strict';
import {
  copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { build, createServer as createViteServer } from 'vite';

import { launchChromium } from '../../scripts/chromium.mjs';
import { cliValidateJson, packAndInstall, root } from './helpers.mjs';

const familyFile = path.join(root, 'examples/family.json');

const APPS = {
  // Vite has to find the .wasm on its own, through the wrapper's new URL(...).
  plain: { imports: '', init: 'init()' },
  // The asset import: Vite hands the page the .wasm's final URL.
  url: {
    imports: "import wasmUrl from '@brightpath/core/brightpath_core.wasm?url';",
    init: 'init({ wasmUrl })',
  },
};

// The app's whole script. The plan's JSON text goes through unparsed so that the report can
// be compared with the CLI's byte for byte.
const mainJs = ({ imports, init }) => `import { init } from '@brightpath/core';
${imports}
try {
  const core = await ${init};
  const text = await (await fetch('/family.json')).text();
  const plan = JSON.parse(text);
  const validate = core.validateJson(text);
  const session = core.openSession(plan);
  const lesson = plan.placements[0];
  const edit = session.apply({ op: 'move', lesson: lesson.id, day: lesson.day, start: '06:00' });
  session.dispose();
  window.outcome = { result: { validate, edit } };
} catch (e) {
  window.outcome = { error: String((e && e.stack) || e) };
}
`;

// The empty icon keeps the browser from asking for /favicon.ico, so every 404 is a real one.
const indexHtml = `<!doctype html>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>BrightPath with Vite</title>
<script type="module" src="/main.js"></script>
`;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

let work;
let consumer;
let browser;
const cleanups = [];

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'brightpath-vite-'));
  ({ consumer } = packAndInstall(work));
  for (const [name, app] of Object.entries(APPS)) {
    const dir = path.join(consumer, name);
    mkdirSync(path.join(dir, 'public'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), indexHtml);
    writeFileSync(path.join(dir, 'main.js'), mainJs(app));
    copyFileSync(familyFile, path.join(dir, 'public/family.json'));
  }
  browser = await launchChromium();
});

after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Vite's options for one app: no config file, and every warning kept for the test to see. */
function viteConfig(name, warnings) {
  // Vite sets NODE_ENV for the mode it runs in and leaves it set: a dev server started after
  // a build in the same process would pre-bundle for production, which no user does.
  delete process.env.NODE_ENV;
  const keep = (msg) => warnings.push(msg);
  return {
    root: path.join(consumer, name),
    configFile: false,
    cacheDir: path.join(work, 'vite-cache', name),
    logLevel: 'warn',  // no progress lines; warnings still reach customLogger
    customLogger: {
      info() {},
      warn: keep,
      warnOnce: keep,
      error: keep,
      clearScreen() {},
      hasErrorLogged: () => false,
      hasWarned: false,
    },
  };
}

/** Every file under dir, as paths relative to it with forward slashes. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
}

/** Serves dir as static files on a free port and records every path asked for. */
async function serveStatic(dir) {
  const requests = [];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    requests.push(pathname);
    const file = path.join(dir, pathname === '/' ? 'index.html' : decodeURIComponent(pathname));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    return res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { base: `http://127.0.0.1:${server.address().port}/`, requests };
}

/** Opens url, waits for the app's outcome; problems are page errors and failed requests. */
async function openApp(url) {
  const tab = await browser.newPage();
  const problems = [];
  const requests = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  tab.on('requestfailed', (r) => problems.push(`${r.url()}: ${r.failure()?.errorText}`));
  tab.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.url()}: HTTP ${r.status()}`);
  });
  try {
    await tab.goto(url);
    await tab.waitForFunction(() => window.outcome !== undefined, null, { timeout: 30000 });
    return { outcome: await tab.evaluate(() => window.outcome), problems, requests };
  } finally {
    await tab.close();
  }
}

function assertAppWorked({ outcome, problems }) {
  assert.deepEqual(problems, []);
  assert.equal(outcome.error, undefined, outcome.error);
  // Byte for byte what the native CLI prints.
  assert.equal(outcome.result.validate, cliValidateJson(familyFile));
  // 06:00 is before every child's school day: the move is applied and reported.
  assert.equal(outcome.result.edit.ok, true);
  assert.ok(outcome.result.edit.added.some((d) => d.code === 'outside-student-day'));
}

for (const [name, app] of Object.entries(APPS)) {
  test(`vite build, ${app.init}: the .wasm is emitted hashed and the page loads it`, async () => {
    const warnings = [];
    const outDir = path.join(work, 'out', name);
    await build({ ...viteConfig(name, warnings), build: { outDir, emptyOutDir: true } });
    assert.deepEqual(warnings, []);

    const files = filesUnder(outDir);
    const wasm = files.filter((f) => f.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `expected one .wasm in the build, got ${files.join(', ')}`);
    assert.match(wasm[0], /^assets\/brightpath_core-[\w-]+\.wasm$/);
    const installed = path.join(consumer, 'node_modules/@brightpath/core/dist/brightpath_core.wasm');
    const same = readFileSync(path.join(outDir, wasm[0])).equals(readFileSync(installed));
    assert.ok(same, 'the emitted .wasm differs from the installed one');

    const scripts = files.filter((f) => f.endsWith('.js'));
    assert.ok(scripts.length > 0);
    for (const file of scripts) {
      const js = readFileSync(path.join(outDir, file), 'utf8');
      // Nothing of the machine that built it: no file system paths, no dev-server URLs.
      for (const leak of [work, 'node_modules', '/@fs/', 'file://']) {
        assert.ok(!js.includes(leak), `${file} mentions ${leak}`);
      }
      // Every URL the bundle makes from a literal names a file of the build.
      for (const [, ref] of js.matchAll(/new URL\(\s*[`'"]([^`'"]+)[`'"]/g)) {
        const target = ref.startsWith('/') ? path.join(outDir, ref) : path.join(outDir, path.dirname(file), ref);
        const inside = !path.relative(outDir, target).startsWith('..');
        assert.ok(inside && existsSync(target), `${file}: new URL('${ref}', ...) names no file of the build`);
      }
    }

    const { base, requests } = await serveStatic(outDir);
    assertAppWorked(await openApp(base));
    assert.ok(requests.includes(`/${wasm[0]}`), `the page never fetched /${wasm[0]}: ${requests.join(', ')}`);
  });

  test(`vite dev, ${app.init}: the page loads the installed .wasm`, async () => {
    const warnings = [];
    const server = await createViteServer({
      ...viteConfig(name, warnings),
      // No file watching and no hot reload: nothing changes while the page runs.
      server: { host: '127.0.0.1', port: 0, watch: null, hmr: false },
    });
    cleanups.push(() => server.close());
    await server.listen();
    const page = await openApp(server.resolvedUrls.local[0]);
    assertAppWorked(page);
    assert.deepEqual(warnings, []);
    // The file itself, in the installed package, whichever way the app named it.
    const fetched = page.requests.filter((p) => p.endsWith('.wasm'));
    assert.ok(
      fetched.some((p) => p.endsWith('/node_modules/@brightpath/core/dist/brightpath_core.wasm')),
      `the page fetched ${fetched.join(', ') || 'no .wasm'}`,
    );
  });
}
