// The week editor in headless Chromium (docs/benchmarks.md, "The web app"):
//  - drop -> diagnostics on screen: 100 pointer drags of a lesson to another day and time,
//    each timed from performance.mark('drop') to performance.mark('diagnostics-shown')
//    (the editor marks both), undone after each so the week stays the example's;
//  - the shading probe of each drag: the core's time for all slots and its longest slice;
//  - load size: JS + WASM + CSS the page loads at start, gzipped;
//  - time to interactive: navigation start to performance.mark('interactive'), median of 5.
// Usage: node bench/web/editor_bench.mjs [drops=100]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { launchChromium } from '../../scripts/chromium.mjs';
import { serveEditorPage } from '../../tests/web/editor-page/serve.mjs';

const drops = Number(process.argv[2] ?? 100);
const PX_PER_MINUTE = 1.5; // web/src/editor/WeekGrid.tsx

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const fmt = (x) => x.toFixed(1);

// A small deterministic generator, so every run drags the same lessons to the same places.
function random(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const site = await serveEditorPage();
const browser = await launchChromium();

async function dropBench(planName) {
  // Wide enough that every day of the family's week is on screen (a pointer drags only what it sees).
  const page = await browser.newPage({ viewport: { width: 2400, height: 1100 } });
  await page.goto(`${site.url}?plan=${planName}`);
  await page.locator('[data-lesson-id]').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(300); // the deferred session of a large plan opens when idle
  const week = await page.evaluate(() => window.brightpathStore.plan.value.week);
  const toMin = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const next = random(42);
  const ids = await page.locator('[data-lesson-id]').evaluateAll((els) => els.map((e) => e.dataset.lessonId));
  for (let i = 0; i < drops; i += 1) {
    const id = ids[Math.floor(next() * ids.length)];
    const block = page.locator(`[data-lesson-id="${id}"]`);
    const { student, day, minutes } = await block.evaluate((el) => {
      const store = window.brightpathStore;
      const p = store.plan.value.placements.find((x) => x.id === el.dataset.lessonId);
      return { student: el.closest('[data-student-id]').dataset.studentId, day: p.day, minutes: p.duration };
    });
    const days = week.schoolDays.filter((d) => d !== day);
    const toDay = days[Math.floor(next() * days.length)];
    const slots = Math.floor((toMin(week.end) - toMin(week.start) - minutes) / week.grid) + 1;
    const start = Math.floor(next() * slots) * week.grid;
    const from = await block.boundingBox();
    const lane = await page.locator(`[data-day="${toDay}"][data-student-id="${student}"]`).boundingBox();
    await page.mouse.move(from.x + from.width / 2, from.y + 2);
    await page.mouse.down();
    await page.mouse.move(lane.x + lane.width / 2, lane.y + start * PX_PER_MINUTE + 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction((n) => performance.getEntriesByName('diagnostics-shown').length >= n, i + 1);
    await page.keyboard.press('Control+z');
  }
  const result = await page.evaluate(() => {
    const d = performance.getEntriesByName('drop');
    const s = performance.getEntriesByName('diagnostics-shown');
    const probes = performance.getEntriesByName('drag-probe').map((m) => ({ wall: m.duration, ...m.detail }));
    return { times: s.map((mark, i) => mark.startTime - d[i].startTime), drops: d.length, probes };
  });
  await page.close();
  if (result.drops !== drops) throw new Error(`${planName}: ${result.drops} drops marked, expected ${drops}`);
  return result;
}

async function timeToInteractive(planName, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext(); // a cold HTTP cache each time
    const page = await context.newPage();
    await page.goto(`${site.url}?plan=${planName}`);
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length > 0, null, { timeout: 30000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('interactive')[0].startTime));
    await context.close();
  }
  return percentile(times, 50);
}

function loadSize(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const assets = readdirSync(path.join(dir, 'assets'));
  // What the page loads at start: its script, its stylesheet and the .wasm; the worker
  // script loads only for a large plan.
  const initial = assets.filter((f) => /\.(js|css|wasm)$/.test(f) && !/worker/.test(f));
  const rows = initial.map((f) => {
    const bytes = readFileSync(path.join(dir, 'assets', f));
    return { file: f.replace(/-[\w-]{8}\./, '.'), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { rows, total: rows.reduce((a, r) => a + r.gzip, 0), html: html.length };
}

const size = loadSize(site.out);
console.log('Load size (gzip -9), the editor page:');
for (const r of size.rows) console.log(`  ${r.file.padEnd(28)} ${String(r.raw).padStart(8)} B  ${String(r.gzip).padStart(7)} B gzipped`);
console.log(`  total ${(size.total / 1024).toFixed(1)} KB gzipped (target <= 350 KB)`);

// The whole app as web/ builds it (cd web && npm run build), when it has been built.
const app = path.resolve(site.out, '../../../web/dist');
try {
  const appSize = loadSize(app);
  console.log(`The app (web/dist): ${appSize.rows.map((r) => `${r.file} ${r.gzip} B`).join(', ')}; total ${(appSize.total / 1024).toFixed(1)} KB gzipped`);
} catch {
  console.log('The app (web/dist): not built (cd web && npm run build)');
}

for (const plan of ['family', 'coop-300']) {
  const { times, probes } = await dropBench(plan);
  const busy = probes.map((p) => p.busyMs);
  const slice = probes.map((p) => p.longestSliceMs);
  const wall = probes.map((p) => p.wall);
  console.log(`\n${plan}: ${times.length} drops`);
  console.log(`  drop -> diagnostics shown: p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms, max ${fmt(Math.max(...times))} ms`);
  if (probes.length > 0) {
    console.log(`  shading probe (${probes[0].slots} slots a drag, ${probes.length} drags finished): core time p50 ${fmt(percentile(busy, 50))} ms, p95 ${fmt(percentile(busy, 95))} ms;` +
      ` longest slice p95 ${fmt(percentile(slice, 95))} ms; all slots shaded after p50 ${fmt(percentile(wall, 50))} ms`);
  }
  console.log(`  time to interactive (median of 5, cold cache): ${fmt(await timeToInteractive(plan))} ms`);
}

await browser.close();
await site.close();
