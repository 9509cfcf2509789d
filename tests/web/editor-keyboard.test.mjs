// The week editor with the keyboard alone: Tab to a lesson, move it with the arrow keys,
// undo with Ctrl+Z, delete it, open its editor with Enter. The announcement says how many
// problems there are after each edit.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openEditor } from './editor-page/browser.mjs';
import { eventually, eventuallyEqual, eventuallyMatch } from './eventually.mjs';

let editor;
before(async () => {
  editor = await openEditor();
});
after(() => editor?.close());

const label = (page, id) => page.locator(`[data-lesson-id="${id}"]`).getAttribute('aria-label');
const focusedLesson = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-lesson-id'));

test('a lesson moves with the arrow keys, keeps the focus, and the move is undone with Ctrl+Z', async () => {
  const page = await editor.page('family');
  // Tab from the page's start until the first lesson has the focus.
  for (let i = 0; i < 20 && !(await focusedLesson(page)); i += 1) await page.keyboard.press('Tab');
  const id = await focusedLesson(page);
  assert.ok(id, 'Tab reaches a lesson');
  const block = page.locator(`[data-lesson-id="${id}"]`);
  assert.equal(await block.getAttribute('aria-pressed'), 'true', 'the focused lesson is the selected one');
  const before = await label(page, id);
  const [, start, end] = before.match(/Monday (\d+:\d\d)–(\d+:\d\d)/);
  const later = (t, minutes) => {
    const [h, m] = t.split(':').map(Number);
    const total = h * 60 + m + minutes;
    return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
  };

  await page.keyboard.press('ArrowRight');
  await eventuallyMatch(() => label(page, id), new RegExp(`Tuesday ${start}–${end}`));
  await eventuallyEqual(() => focusedLesson(page), id, 'the moved lesson keeps the focus');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // two 15-minute steps of the family's grid
  await eventuallyMatch(() => label(page, id), new RegExp(`Tuesday ${later(start, 30)}–${later(end, 30)}`));
  assert.equal(await page.locator(`[data-day="tue"] [data-lesson-id="${id}"]`).count(), 1, 'drawn on Tuesday');
  await eventuallyMatch(() => page.locator('[role="status"]').textContent(), /worth a look|needs? fixing|No problems/);
  await editor.screenshot(page, 'editor-keyboard-moved');

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await eventuallyEqual(() => label(page, id), before);
  await page.keyboard.press('Control+Shift+z');
  await eventuallyMatch(() => label(page, id), new RegExp(`Tuesday ${start}–${end}`));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a move past the week is not made; Enter opens the lesson editor; Delete removes the lesson', async () => {
  const page = await editor.page('family');
  const id = 'sam-piano-mon';
  await page.locator(`[data-lesson-id="${id}"]`).focus();
  await page.keyboard.press('ArrowUp'); // 8:00 is the week's start
  await page.keyboard.press('ArrowLeft'); // Monday is the first school day
  assert.match(await label(page, id), /Monday 8:00–8:30/);
  assert.equal(await page.getByRole('button', { name: 'Undo' }).isDisabled(), true);

  await page.keyboard.press('Enter');
  const editorPanel = page.getByRole('region', { name: 'Selected lesson' });
  assert.match(await editorPanel.locator('h3').textContent(), /Piano practice for Sam, Monday 8:00–8:30/);
  await eventuallyEqual(() => page.evaluate(() => !!document.activeElement?.closest('.lesson-editor')), true, 'the focus is in the lesson editor');
  await page.keyboard.press('Escape');

  await page.locator(`[data-lesson-id="${id}"]`).focus();
  const trayBefore = await page.locator('[data-testid="tray"] [data-course-id="sam-piano"]').count();
  await page.keyboard.press('Delete');
  await eventuallyEqual(() => page.locator(`[data-lesson-id="${id}"]`).count(), 0);
  assert.equal(trayBefore, 0);
  await eventuallyEqual(() => page.locator('[data-testid="tray"] [data-course-id="sam-piano"]').count(), 1, 'the session is back in the tray');
  await page.getByRole('button', { name: 'Undo' }).click();
  await eventuallyEqual(() => page.locator(`[data-lesson-id="${id}"]`).count(), 1);
  await page.close();
});

test('Enter on a tray item places the session where the core finds nothing to fix', async () => {
  const page = await editor.page('family');
  const errorsBefore = await page.locator('[data-testid="diagnostics"] [data-severity="error"]').count();
  await page.locator('[data-testid="tray"] [data-course-id="sam-typing"]').focus();
  await page.keyboard.press('Enter');
  await eventuallyEqual(() => page.locator('[data-testid="tray"] [data-course-id="sam-typing"]').count(), 0);
  const added = page.locator('[data-lesson-id="sam-typing-1"]');
  await eventuallyEqual(() => added.count(), 1);
  assert.notEqual(await added.getAttribute('data-problem'), 'error');
  assert.equal(await page.locator('[data-testid="diagnostics"] [data-severity="error"]').count(), errorsBefore);
  await eventuallyEqual(() => page.evaluate(() => document.activeElement?.getAttribute('data-lesson-id')), 'sam-typing-1');
  await page.close();
});

test('the diagnostics are grouped under words for parents; the information lines are listed once unfolded', async () => {
  const page = await editor.page('family');
  const panel = page.locator('[data-testid="diagnostics"]');
  assert.deepEqual(await panel.getByRole('list').evaluateAll((lists) => lists.map((l) => l.getAttribute('aria-label'))), ['Worth a look']);
  assert.equal(await panel.locator('[data-severity="info"]').count(), 0);
  await panel.getByText(/For your information/).click();
  await eventuallyEqual(() => panel.locator('[data-severity="info"]').count(), 51); // course-minutes and category-minutes lines
  assert.doesNotMatch(await panel.textContent(), /hard|soft|infeasible|outside-preferred-window/i);
  await page.close();
});

test("the lesson editor changes who teaches and locks the lesson, each one undo step", async () => {
  const page = await editor.page('family');
  const id = 'theo-math-mon'; // Mom's, Monday 8:00
  const block = page.locator(`[data-lesson-id="${id}"]`);
  await block.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Selected lesson' });
  await panel.getByLabel('Taught by').selectOption({ label: 'Dad' });
  await eventuallyMatch(() => block.getAttribute('aria-label'), /Pre-algebra for Theo, Monday 8:00–8:45, Dad/);
  await eventuallyEqual(() => block.getAttribute('data-problem'), 'error', 'Dad is not free on Monday morning: the core says so');
  await panel.getByLabel('Keep in place when auto-scheduling').check();
  await eventuallyMatch(() => block.getAttribute('aria-label'), /, locked/);
  assert.equal(await page.evaluate((lesson) => window.brightpathStore.plan.value.placements.find((p) => p.id === lesson).locked, id), true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await eventually(() => block.getAttribute('aria-label'), (text) => {
    assert.doesNotMatch(text, /locked/);
    assert.match(text, /Dad/);
  });
  await page.getByRole('button', { name: 'Undo' }).click();
  await eventuallyMatch(() => block.getAttribute('aria-label'), /Monday 8:00–8:45, Mom$/);
  await eventuallyEqual(() => block.getAttribute('data-problem'), null);
  await page.close();
});
