// Reading the week. Today's column and the time now are marked, in the household's time
// zone. Every lesson can be read where it is: its subject stands whole inside its block,
// and each piece of its time (start, end) is shown whole or not at all, never cut in half.
// Before, the time of a 15-minute lesson (a third of the family example's) was cut off at
// the block's foot, and in narrow lanes "10:00–10:30" wrapped out of a 30-minute block.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openEditor } from './editor-page/browser.mjs';

let editor;
before(async () => {
  editor = await openEditor();
});
after(() => editor?.close());

test('every lesson of the family week shows its subject whole and its time whole or not at all', async () => {
  const page = await editor.page('family');
  const blocks = await page.locator('[data-lesson-id]').evaluateAll((els) =>
    els.map((block) => {
      const box = (el) => el.getBoundingClientRect();
      // What of `el` shows through the boxes that clip it (overflow: hidden).
      const shown = (el, clips) => {
        const r = box(el);
        const c = clips.map(box).reduce((a, b) => ({
          top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom),
          left: Math.max(a.left, b.left), right: Math.min(a.right, b.right),
        }));
        const visible = r.bottom > c.top + 0.5 && r.top < c.bottom - 0.5 && r.right > c.left + 0.5 && r.left < c.right - 0.5;
        const whole = r.top >= c.top - 0.5 && r.bottom <= c.bottom + 0.5 && r.left >= c.left - 0.5 && r.right <= c.right + 0.5;
        return !visible ? 'hidden' : whole ? 'whole' : 'cut';
      };
      const subject = block.querySelector('.subject');
      const time = block.querySelector('.time');
      const [start, end] = time.children;
      return {
        id: block.dataset.lessonId,
        minutes: Math.round(box(block).height / 1.5),
        subject: shown(subject, [block]),  // a long name ends in "…" inside its own box
        start: shown(start, [block, time]),
        end: shown(end, [block, time]),
      };
    }),
  );
  assert.ok(blocks.some((b) => b.minutes === 15), 'the family week has 15-minute lessons');
  const unreadable = blocks.filter((b) => b.subject !== 'whole' || b.start === 'cut' || b.end === 'cut');
  assert.deepEqual(unreadable, [], `${unreadable.length} of ${blocks.length} lessons cut`);
  // Where two lines fit, the start is always there.
  const noStart = blocks.filter((b) => b.minutes >= 30 && b.start !== 'whole');
  assert.deepEqual(noStart, []);
  await editor.screenshot(page, 'editor-short-lessons');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("today's column is marked, in the household's time zone rather than the device's", async () => {
  // Tuesday 8 December 2026, 03:00 UTC: still Monday evening in Chicago, the family
  // example's time zone (the browser here runs in UTC).
  const page = await editor.page('family', { onPage: (p) => p.clock.setFixedTime(new Date('2026-12-08T03:00:00Z')) });
  assert.deepEqual(await page.locator('.week-grid [aria-current="date"]').evaluateAll((els) => els.map((e) => e.dataset.day)), ['mon']);
  assert.equal(await page.locator('[data-day="mon"] .today-mark').textContent(), 'Today');
  assert.equal(await page.locator('.today-mark').count(), 1);
  assert.equal(await page.locator('[data-testid="now"]').count(), 0, 'nine in the evening is after the school day');
  await editor.screenshot(page, 'editor-today');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("during the school day a line marks the time now in today's column", async () => {
  // Monday 7 December 2026, 10:30 in Chicago (16:30 UTC); the family's week starts at 8:00.
  const page = await editor.page('family', { onPage: (p) => p.clock.setFixedTime(new Date('2026-12-07T16:30:00Z')) });
  const now = page.locator('[data-testid="now"]');
  assert.equal(await now.count(), 1);
  assert.equal(await now.evaluate((e) => e.closest('[data-day]').dataset.day), 'mon');
  assert.equal(await now.evaluate((e) => e.style.top), `${(10.5 - 8) * 60 * 1.5}px`);
  assert.equal(await now.getAttribute('title'), 'Now, 10:30');
  await page.close();
});

test('on a day that is not a school day no column is marked', async () => {
  const page = await editor.page('family', { onPage: (p) => p.clock.setFixedTime(new Date('2026-12-06T18:00:00Z')) });  // Sunday
  assert.equal(await page.locator('.week-grid [aria-current="date"]').count(), 0);
  await page.close();
});
