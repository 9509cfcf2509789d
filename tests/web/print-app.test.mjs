// Printing from the plan screen of the real app (issue 18, "the print view renders one page
// per child"): what Chromium prints is the print view, one sheet per child or, chosen next
// to Print, per adult; counted in the PDF it makes, so a page that spills onto a second
// sheet, or the screen printed instead, fails.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  appAndBrowser, createHouseholdInApp, createPlanThroughApi, eventually, eventuallyDeepEqual, eventuallyEqual, examplePlan,
  saveState, screenshot, signUpInApp,
} from './harness.mjs';

/** Pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('printing the plan from the app', () => {
  const app = appAndBrowser();

  test('Print prints one page per child, or per adult when chosen; the screen is not printed', async () => {
    const { page, context, problems } = await app.open();
    // The browser's print dialog cannot be driven headless: count the calls instead, and
    // fire the event a browser fires when printing starts (page.pdf() does not).
    await page.addInitScript(() => {
      globalThis.printed = 0;
      globalThis.print = () => { dispatchEvent(new Event('beforeprint')); globalThis.printed++; };
    });
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Bakers');
    await page.getByRole('heading', { name: 'Describe your household' }).waitFor();
    const plan = examplePlan('family.json');  // Pip, Wren, Sam and Theo; Mom and Dad
    assert.equal(await createPlanThroughApi(page, plan), 201);
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();

    // On screen: the week, not the pages (they are drawn when printing starts).
    const pages = page.getByTestId('print-page');
    assert.equal(await page.getByTestId('print').isVisible(), false);
    assert.equal(await page.locator('.plan-week').isVisible(), true);

    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.waitForFunction(() => globalThis.printed === 1);
    const titles = async () => (await pages.locator('h1').allTextContents()).map((t) => t.split(' ')[0]);
    await eventuallyDeepEqual(titles, plan.students.map((s) => s.name));
    assert.equal(await page.getByTestId('print').isVisible(), false, 'the pages are not on screen');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.plan-week').isVisible(), false, 'the week editor is not printed');
    assert.equal(await page.locator('.toolbar').isVisible(), false, 'the toolbar is not printed');
    assert.equal(pdfPages(await page.pdf({ format: 'Letter' })), plan.students.length);
    assert.equal(pdfPages(await page.pdf({ format: 'A4' })), plan.students.length);
    await screenshot(page, 'print-app-by-child');

    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Print pages').selectOption({ label: 'By adult' });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await page.waitForFunction(() => globalThis.printed === 2);
    await eventuallyDeepEqual(titles, plan.guardians.map((g) => g.name));
    await page.emulateMedia({ media: 'print' });
    assert.equal(pdfPages(await page.pdf({ format: 'Letter' })), plan.guardians.length);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('what is printed is the week as it is when printing starts, edits included', async () => {
    const { page, context, problems } = await app.open();
    await page.addInitScript(() => { globalThis.print = () => dispatchEvent(new Event('beforeprint')); });
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Silvas');
    await page.getByRole('heading', { name: 'Describe your household' }).waitFor();
    assert.equal(await createPlanThroughApi(page, examplePlan('one-child.json')), 201);
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    const printedLessons = () => page.getByTestId('print').locator('li').count();
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    const before = await eventually(printedLessons, (n) => assert.ok(n > 0, 'lessons printed'));
    const lesson = page.locator('.plan-week [data-lesson-id]').first();
    const lessonsShown = await page.locator('.plan-week [data-lesson-id]').count();
    await lesson.click();
    await page.keyboard.press('Delete');
    await eventuallyEqual(() => page.locator('.plan-week [data-lesson-id]').count(), lessonsShown - 1);
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await eventuallyEqual(printedLessons, before - 1);
    // Printing over, the pages are dropped until the next time.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await eventuallyEqual(() => page.getByTestId('print').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
