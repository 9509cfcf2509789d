// Dragging in the week editor: while a lesson is dragged the slots where it would cause an
// error are shaded before the drop; once dropped on a clash, the block and the diagnostics
// show it at once; the lower edge resizes; a tray item is dragged onto the week.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openEditor } from './editor-page/browser.mjs';
import { eventually, eventuallyDeepEqual, eventuallyEqual, eventuallyMatch } from './eventually.mjs';

const PX_PER_MINUTE = 1.5; // web/src/editor/WeekGrid.tsx
let editor;
before(async () => {
  editor = await openEditor();
});
after(() => editor?.close());

/** The point of a lane at a clock time ("10:00"), a few pixels below the line. */
async function lanePoint(page, day, student, time) {
  const lane = await page.locator(`[data-day="${day}"][data-student-id="${student}"]`).boundingBox();
  const [h, m] = time.split(':').map(Number);
  return { x: lane.x + lane.width / 2, y: lane.y + (h * 60 + m - 8 * 60) * PX_PER_MINUTE + 2 };
}

test("a drag shades the slots where a drop would clash before the drop, and the clash is shown at once after it", async () => {
  const page = await editor.page('family');
  // Theo's Pre-algebra (Monday 8:00, Mom) onto Tuesday 10:00, during the co-op he attends,
  // which his Tuesday lane shows behind the lessons.
  assert.match(await page.locator('[data-day="tue"][data-student-id="theo"] [data-commitment-id]').textContent(), /Co-op 9:00–12:00/);
  const block = page.locator('[data-lesson-id="theo-math-mon"]');
  const box = await block.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 2);
  await page.mouse.down();
  const target = await lanePoint(page, 'tue', 'theo', '10:00');
  await page.mouse.move(target.x, target.y, { steps: 6 });

  const tuesdayShade = page.locator('[data-day="tue"][data-student-id="theo"] [data-testid="shade"]');
  await tuesdayShade.first().waitFor({ timeout: 5000 });
  const shaded = await tuesdayShade.evaluateAll((els) =>
    els.map((e) => [e.dataset.slotStart, parseFloat(e.style.top), parseFloat(e.style.height)]),
  );
  // Some shaded run covers 10:00 (120 minutes after the week's 8:00).
  assert.ok(shaded.some(([, top, height]) => top <= 120 * PX_PER_MINUTE && top + height > 120 * PX_PER_MINUTE), JSON.stringify(shaded));
  assert.equal(await page.locator('[data-student-id="pip"] [data-testid="shade"]').count(), 0, "only Theo's lanes are shaded");
  assert.equal(await block.getAttribute('data-problem'), null, 'nothing is marked before the drop');
  await editor.screenshot(page, 'editor-drag-shading');

  await page.mouse.up();
  await eventuallyMatch(() => block.getAttribute('aria-label'), /Tuesday 10:00–10:45/);
  await eventuallyEqual(() => block.getAttribute('data-problem'), 'error');
  const errors = page.locator('[data-testid="diagnostics"] [data-severity="error"]');
  await eventuallyMatch(() => errors.first().textContent(), /Theo/);  // at least one, and the first is about Theo
  await editor.screenshot(page, 'editor-clash');

  // Choosing the diagnostic highlights the lesson it is about.
  await errors.filter({ hasText: 'Co-op' }).first().locator('button').click();
  await eventuallyMatch(() => block.getAttribute('class'), /highlighted/);

  // The drop and the diagnostics being shown are marked for the benchmark.
  const marks = () => page.evaluate(() => ['drop', 'diagnostics-shown'].map((n) => performance.getEntriesByName(n).length));
  await eventuallyDeepEqual(marks, [1, 1]);

  await page.keyboard.press('Control+z');
  await eventuallyMatch(() => block.getAttribute('aria-label'), /Monday 8:00–8:45/);
  await eventuallyEqual(() => block.getAttribute('data-problem'), null);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the lower edge resizes a lesson, snapping to the grid', async () => {
  const page = await editor.page('family');
  const block = page.locator('[data-lesson-id="theo-math-mon"]');
  const box = await block.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2 + 14 * PX_PER_MINUTE, { steps: 4 }); // 14 min: one step
  await page.mouse.up();
  await eventuallyMatch(() => block.getAttribute('aria-label'), /Monday 8:00–9:00/);
  await page.close();
});

test('a session dragged from the tray onto a day becomes a lesson there', async () => {
  const page = await editor.page('family');
  const item = page.locator('[data-testid="tray"] [data-course-id="sam-typing"]');
  const box = await item.boundingBox();
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  const target = await lanePoint(page, 'wed', 'sam', '15:00');
  await page.mouse.move(target.x, target.y, { steps: 8 });
  await page.mouse.up();
  await eventuallyEqual(() => item.count(), 0, 'the tray has nothing left to place');
  const added = page.locator('[data-day="wed"][data-student-id="sam"] [data-lesson-id="sam-typing-1"]');
  await eventuallyEqual(() => added.count(), 1);
  assert.match(await added.getAttribute('aria-label'), /Typing for Sam, Wednesday/);
  await page.close();
});

test('Escape during a drag puts the lesson back and changes nothing', async () => {
  const page = await editor.page('family');
  const block = page.locator('[data-lesson-id="theo-math-mon"]');
  const box = await block.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 2);
  await page.mouse.down();
  const target = await lanePoint(page, 'tue', 'theo', '13:00');
  await page.mouse.move(target.x, target.y, { steps: 4 });
  await eventuallyMatch(() => block.getAttribute('aria-label'), /Tuesday/, 'drawn where it would land');
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await eventuallyMatch(() => block.getAttribute('aria-label'), /Monday 8:00–8:45/);
  await eventuallyEqual(() => page.locator('[data-testid="shade"]').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Undo' }).isDisabled(), true);
  await page.close();
});

test('views: one child, and what one adult teaches; colours by subject', async () => {
  const page = await editor.page('family');
  const show = page.getByLabel('Show');
  await show.selectOption({ label: 'Wren' });
  await eventuallyEqual(() => page.locator('[data-day="mon"][data-student-id]').count(), 1);
  assert.equal(await page.locator('[data-day="mon"][data-student-id="wren"]').count(), 1);

  await show.selectOption({ label: 'What Dad teaches' });
  const labels = () => page.locator('[data-lesson-id]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  await eventually(labels, (shown) => {
    assert.ok(shown.length > 0);
    for (const label of shown) assert.match(label, /, Dad/);
  });

  await show.selectOption({ label: 'Whole family' });
  await eventuallyEqual(() => page.locator('[data-day="mon"][data-student-id]').count(), 4);
  // Wren's and Sam's Math: two children, one subject.
  const ids = await page.evaluate(() => {
    const { placements, courses } = window.brightpathStore.plan.value;
    const math = (child) => courses.find((c) => c.subject === 'Math' && c.students.length === 1 && c.students[0] === child).id;
    return ['wren', 'sam'].map((child) => placements.find((p) => p.course === math(child)).id);
  });
  const fills = () => Promise.all(ids.map((id) => page.locator(`[data-lesson-id="${id}"]`).evaluate((el) => el.style.getPropertyValue('--fill'))));
  const [wrenByChild, samByChild] = await fills();
  assert.notEqual(wrenByChild, samByChild);
  await page.getByLabel('subject').check();
  await eventually(fills, ([wrenBySubject, samBySubject]) => assert.equal(wrenBySubject, samBySubject));
  await page.close();
});

test('at 768 px (a tablet) the page does not scroll sideways: the week does, the panels go below it', async () => {
  const page = await editor.page('family', { width: 768, height: 1024 });
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    week: document.querySelector('.week-grid').scrollWidth,
    weekBox: document.querySelector('.week-grid').clientWidth,
  }));
  assert.ok(widths.page <= 768, JSON.stringify(widths));
  assert.ok(widths.week > widths.weekBox, 'the lanes scroll inside the week');
  const week = await page.locator('.week-grid').boundingBox();
  const tray = await page.locator('[data-testid="tray"]').boundingBox();
  assert.ok(tray.y > week.y + week.height - 1, 'the tray is below the week');
  await editor.screenshot(page, 'editor-768');
  await page.close();
});
