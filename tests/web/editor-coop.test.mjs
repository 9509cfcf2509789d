// The co-op plan (3,698 lessons): checked in a Web Worker when opened, then edited with the
// page's own session. The week shows one child at a time (300 lanes a day are not readable).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openEditor } from './editor-page/browser.mjs';
import { eventually, eventuallyEqual, eventuallyMatch } from './eventually.mjs';

let editor;
before(async () => {
  editor = await openEditor();
});
after(() => editor?.close());

test('opening the co-op plan checks it in a worker; its lessons then move and are checked on the page', async () => {
  const workers = [];
  const page = await editor.page('coop-300', { query: '', onPage: (p) => p.on('worker', (w) => workers.push(w.url())) });
  assert.ok(workers.some((url) => /validate\.worker/.test(url)), `a validating worker ran: ${workers}`);
  const warnings = page.locator('[data-testid="diagnostics"] [data-severity="warning"]');
  await eventuallyEqual(() => warnings.count(), 58); // examples/README.md: 58 outside-preferred-window
  assert.equal(await page.locator('[data-testid="diagnostics"] [data-severity="error"]').count(), 0);
  const lanes = await page.locator('[data-day="mon"][data-student-id]').count();
  assert.equal(lanes, 1, 'one child shown');

  const id = await page.locator('[data-lesson-id]').first().getAttribute('data-lesson-id');
  const block = page.locator(`[data-lesson-id="${id}"]`);
  await block.focus();
  const before = await block.getAttribute('aria-label');
  await page.keyboard.press('ArrowDown');
  await eventually(() => block.getAttribute('aria-label'), (label) => assert.notEqual(label, before));
  await eventuallyMatch(() => page.locator('[role="status"]').textContent(), /fixing|worth a look|No problems/);
  await editor.screenshot(page, 'editor-coop');
  assert.deepEqual(page.errors, []);
  await page.close();
});
