// The print view prints one page per child (and per guardian): counted in the PDF Chromium
// makes of it, not only in the DOM, so a page that overflows onto a second sheet fails.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openEditor } from './editor-page/browser.mjs';
import { eventuallyDeepEqual, eventuallyEqual } from './eventually.mjs';

let editor;
before(async () => {
  editor = await openEditor();
});
after(() => editor?.close());

/** Pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

for (const [by, names] of [
  ['child', ['Pip', 'Wren', 'Sam', 'Theo']],
  ['guardian', ['Mom', 'Dad']],
]) {
  test(`the print view prints one page per ${by}`, async () => {
    const page = await editor.page('family', { query: `&print=${by}` });
    const titles = async () => (await page.locator('[data-testid="print-page"] h1').allTextContents()).map((t) => t.split(/[ (]/)[0]);
    await eventuallyDeepEqual(titles, names);
    await page.emulateMedia({ media: 'print' });
    await editor.screenshot(page, `print-by-${by}`);
    const pdf = await page.pdf({ format: 'Letter', printBackground: false });
    assert.equal(pdfPages(pdf), names.length);
    const a4 = await page.pdf({ format: 'A4' });
    assert.equal(pdfPages(a4), names.length);
    await page.close();
  });
}

test('a print-only view is not on screen, and printing the editor page prints one page per child', async () => {
  const page = await editor.page('family', { query: '&print=child&printOnly=1' });
  await eventuallyEqual(() => page.locator('[data-testid="print-page"]').count(), 4);
  assert.equal(await page.locator('[data-testid="print"]').isVisible(), false);
  assert.equal(await page.locator('.week-editor').isVisible(), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.week-editor').isVisible(), false, 'the editor is not printed');
  assert.equal(await page.locator('[data-testid="print"]').isVisible(), true);
  assert.equal(pdfPages(await page.pdf({ format: 'Letter' })), 4);
  await page.close();
});
