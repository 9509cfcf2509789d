// The parent's whole flow in a real browser against the real server and PostgreSQL (issue
// 18, "Tests"): sign up, set up, auto-schedule, accept, edit, undo, save, reload; a stale
// save from a second guardian. Working without a connection is in offline.test.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

import {
  appAndBrowser, completeSetupInApp, createHouseholdInApp, dragLessonOnto, eventuallyDeepEqual, eventuallyEqual,
  eventuallyMatch, inviteAndJoin, lessonSlots, nudgeLesson, savedPlan, saveState, screenshot, signUpInApp, watchedPage,
} from './harness.mjs';
import { root } from '../server/helpers.mjs';

// Two teacher-led lessons of different children (both taught by Mom, the only adult).
function siblingsLessons(plan) {
  const course = new Map(plan.courses.map((c) => [c.id, c]));
  const led = plan.placements.filter((p) => course.get(p.course).teaching !== 'independent' && course.get(p.course).students.length === 1);
  const first = led[0];
  const child = course.get(first.course).students[0];
  const second = led.find((p) => course.get(p.course).students[0] !== child && p.day !== first.day);
  return [first.id, second.id];
}

describe('the web app end to end', () => {
  const app = appAndBrowser();

  // A signed-up parent with an auto-scheduled, accepted, saved week.
  async function parentWithWeek(name) {
    const session = await app.open();
    const { page } = session;
    const parent = await signUpInApp(page);
    await createHouseholdInApp(page, name);
    await completeSetupInApp(page);
    await page.getByRole('button', { name: 'Start auto-schedule', exact: true }).click();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: 'auto-scheduled week is now your plan' }).waitFor();
    return { ...session, parent, household: page.url().split('/').pop() };
  }

  test('sign up → setup → auto-schedule → accept → edit → undo → save → reload shows the saved week', async () => {
    const { page, context, problems } = await app.open();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'sign-in');
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Millers');
    await page.getByRole('heading', { name: 'Describe your household' }).waitFor();
    await screenshot(page, 'setup');
    await completeSetupInApp(page);

    // Auto-schedule is offered at once; progress shows, then the draft above the week.
    await page.getByRole('button', { name: 'Start auto-schedule', exact: true }).click();
    await page.getByRole('button', { name: 'Accept', exact: true }).waitFor();
    const draft = page.getByTestId('draft-week');
    await draft.locator('[data-lesson-id]').first().waitFor();  // the draft shows lessons
    // The whole draft week fits the 1400 px window: no day cut off or behind a scroll bar.
    const grid = draft.locator('.week-grid');
    assert.ok(await grid.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), 'the draft week scrolls sideways');
    assert.ok(await draft.getByRole('heading', { name: 'Friday' }).isVisible());
    await screenshot(page, 'auto-schedule-draft');
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: 'auto-scheduled week is now your plan' }).waitFor();
    await eventuallyEqual(() => saveState(page).textContent(), 'Saved');
    const accepted = await lessonSlots(page, page.locator('.plan-week'));
    assert.ok(Object.keys(accepted).length > 0);

    // Drag a lesson onto a sibling's lesson with the same teacher: the clash shows at once,
    // with no request to the server.
    const [mine, sibling] = siblingsLessons(await savedPlan(page));
    const requests = [];
    page.on('request', (r) => { if (r.url().includes('/api/')) requests.push(r.url()); });
    await dragLessonOnto(page, mine, sibling);
    await page.locator(`.plan-week [data-lesson-id="${mine}"][data-problem="error"]`).waitFor({ timeout: 2000 });
    await page.locator(`.plan-week [data-lesson-id="${sibling}"][data-problem="error"]`).waitFor({ timeout: 2000 });
    await page.getByTestId('diagnostics').locator('[data-diagnostic-code]').first().waitFor();
    await eventuallyEqual(() => saveState(page).textContent(), 'Unsaved changes');
    assert.deepEqual(requests, []);
    await screenshot(page, 'clash');

    // Undo takes it back; the week is the accepted one again. Save, reload: that week.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await eventuallyEqual(() => page.locator(`.plan-week [data-lesson-id="${mine}"][data-problem="error"]`).count(), 0);
    await eventuallyDeepEqual(() => lessonSlots(page, page.locator('.plan-week')), accepted);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    await screenshot(page, 'plan-saved');
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    await eventuallyDeepEqual(() => lessonSlots(page, page.locator('.plan-week')), accepted);

    // A keyboard-only move is kept too.
    await nudgeLesson(page, mine);
    const edited = await lessonSlots(page, page.locator('.plan-week'));
    assert.notDeepEqual(edited, accepted);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    await eventuallyDeepEqual(() => lessonSlots(page, page.locator('.plan-week')), edited);

    await page.getByRole('button', { name: 'History', exact: true }).click();
    await page.getByTestId('history').locator('li').nth(3).waitFor();
    assert.match(await page.getByTestId('history').textContent(), /auto-scheduled/);
    await screenshot(page, 'history');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a second guardian joins by the invitation link; the stale save of the first is refused and explained', async () => {
    const owner = await parentWithWeek('The Okafors');
    // The owner makes an invitation link on the household list; the second guardian opens
    // it, signs up and joins: the same plan opens.
    const second = await inviteAndJoin(app, owner.page);
    assert.match(await owner.page.getByTestId('invitation-link').inputValue(), /\/invitations\/[A-Za-z0-9_-]+$/);
    await owner.page.goBack();
    await saveState(owner.page).filter({ hasText: /^Saved$/ }).waitFor();
    await saveState(second.page).filter({ hasText: /^Saved$/ }).waitFor();
    const lessons = Object.keys(await lessonSlots(second.page, second.page.locator('.plan-week')));

    // Both edit the same version; the second saves first.
    await nudgeLesson(second.page, lessons[0]);
    await second.page.getByRole('button', { name: 'Save', exact: true }).click();
    await saveState(second.page).filter({ hasText: /^Saved$/ }).waitFor();
    await nudgeLesson(owner.page, lessons[1]);
    await owner.page.getByRole('button', { name: 'Save', exact: true }).click();

    // The owner's save is refused and explained; compare, then keep mine saves on top.
    const dialog = owner.page.getByTestId('conflict-dialog');
    await dialog.waitFor();
    await eventuallyEqual(() => saveState(owner.page).textContent(), 'Conflict');
    await eventuallyMatch(() => dialog.textContent(), /another guardian saved the plan/);
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await eventuallyMatch(() => owner.page.getByTestId('conflict-summary').textContent(), /2 lessons moved/);
    await screenshot(owner.page, 'conflict');
    await dialog.getByRole('button', { name: 'Keep mine', exact: true }).click();
    await saveState(owner.page).filter({ hasText: /^Saved$/ }).waitFor();
    const mine = await lessonSlots(owner.page, owner.page.locator('.plan-week'));

    await second.page.reload();
    await saveState(second.page).filter({ hasText: /^Saved$/ }).waitFor();
    await eventuallyDeepEqual(() => lessonSlots(second.page, second.page.locator('.plan-week')), mine);
    assert.deepEqual(owner.problems, []);
    assert.deepEqual(second.problems, []);
    await owner.context.close();
    await second.context.close();
  });

  test("a co-op's plan opens through the Web Worker under the server's security policy", async () => {
    const { page, context, problems } = await app.open();
    await signUpInApp(page);
    await createHouseholdInApp(page, 'Riverside co-op');
    await page.getByRole('heading', { name: 'Describe your household' }).waitFor();
    const coop = readFileSync(path.join(root, 'examples', 'coop-300.json'), 'utf8');
    const status = await page.evaluate(async (text) => {
      const household = location.hash.split('/').pop();
      const csrf = document.cookie.match(/bp_csrf=([^;]+)/)[1];
      const res = await fetch(`/api/v1/households/${household}/plans`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify({ name: 'Co-op week', plan: JSON.parse(text) }),
      });
      return res.status;
    }, coop);
    assert.equal(status, 201);
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor({ timeout: 30000 });
    await page.locator('.plan-week [data-lesson-id]').first().waitFor();
    assert.ok(workers.some((url) => /\/assets\/validate\.worker-[\w-]+\.js$/.test(url)), workers.join(', '));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a session that ends while editing brings back sign-in; afterwards the kept change is back and saved', async () => {
    const { page, context, problems, parent } = await parentWithWeek('The Lees');
    const [lesson] = Object.keys(await lessonSlots(page, page.locator('.plan-week')));
    await nudgeLesson(page, lesson);
    const edited = await lessonSlots(page, page.locator('.plan-week'));

    // Signed out in another tab of the same browser: this page's save finds no session.
    const other = await watchedPage(context, problems);
    await other.goto(`${app.url}/#/households`);
    await other.getByRole('button', { name: 'Sign out', exact: true }).click();
    await other.getByRole('heading', { name: 'Sign in' }).waitFor();
    await other.close();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await page.getByLabel('Email').fill(parent.email);
    await page.getByLabel('Password').fill(parent.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: 'were not saved yet; they are back' }).waitFor();
    await eventuallyDeepEqual(() => lessonSlots(page, page.locator('.plan-week')), edited);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a draft is not accepted over changes made while it was computed', async () => {
    const { page, context, problems } = await parentWithWeek('The Novaks');
    const [lesson] = Object.keys(await lessonSlots(page, page.locator('.plan-week')));
    await page.getByRole('button', { name: 'Auto-schedule', exact: true }).click();
    await page.getByLabel('Rearrange everything (locked lessons stay)').check();
    await page.getByRole('button', { name: 'Start auto-schedule', exact: true }).click();
    await page.getByRole('button', { name: 'Accept', exact: true }).waitFor();
    await nudgeLesson(page, lesson);
    const edited = await lessonSlots(page, page.locator('.plan-week'));
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'changed the week after auto-schedule started' }).waitFor();
    assert.equal(await saveState(page).textContent(), 'Unsaved changes');
    assert.deepEqual(await lessonSlots(page, page.locator('.plan-week')), edited);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
