// The setup flow in headless Chromium, as a parent uses it: a family of three children
// (kindergarten, grade 3, grade 7) and two adults, from an empty page to "Create week".
// Every click and keystroke is counted (typing a name counts its characters; choosing from
// a select counts two clicks: open, pick) and the total must stay under CEILING, the figure
// docs/web-app.md ("Setup") reports. The plan the flow makes is checked with the core.
//
// The flow runs alone on a small Vite page (tests/web/setup-page/); needs `npm ci` at the
// top and in web/ (the page uses the web app's Preact).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { init } from '@brightpath/core';
import { createServer } from 'vite';

import { launchChromium } from '../../scripts/chromium.mjs';
import pageConfig from './setup-page/vite.config.mjs';
import { eventuallyEqual, eventuallyMatch } from './eventually.mjs';

// The same git-ignored folder as the app's end-to-end screenshots (harness.mjs, which needs a
// database this test does not).
const screenshots = new URL('./screenshots/', import.meta.url);
async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, screenshots).pathname, fullPage: true });
}

/** Most clicks + keystrokes the family of three may take; the run prints the real count. */
const CEILING = 45;

let server;
let browser;
let base;

before(async () => {
  server = await createServer({ ...pageConfig, server: { ...pageConfig.server, host: '127.0.0.1', port: 0 } });
  await server.listen();
  base = server.resolvedUrls.local[0];
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with counted actions: what a parent does, and only that, goes through these. */
async function openCounted(url = base, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByRole('heading', { level: 2 }).waitFor();
  const count = { clicks: 0, keys: 0 };
  const act = {
    page,
    count,
    errors,
    async click(locator) {
      await locator.click();
      count.clicks += 1;
    },
    async type(text) {
      await page.keyboard.type(text);
      count.keys += text.length;
    },
    async press(key) {
      await page.keyboard.press(key);
      count.keys += 1;
    },
    async choose(locator, value) {
      await locator.selectOption(value);
      count.clicks += 2;
    },
    button: (name) => page.getByRole('button', { name, exact: true }),
    /** Waits (uncounted) until focus is in an empty text field, as after "Add child". */
    async focusedEmptyField() {
      await page.waitForFunction(() => {
        const el = document.activeElement;
        return el instanceof HTMLInputElement && el.type === 'text' && el.value === '';
      });
    },
    async heading(title) {
      await page.getByRole('heading', { level: 2, name: new RegExp(`${title}$`) }).waitFor();
    },
    async result() {
      const text = await page.getByTestId('setup-result').textContent();
      return JSON.parse(text);
    },
  };
  return act;
}

async function threeChildrenTwoAdults(act) {
  const { page, button } = act;
  await act.heading('Your school week');
  await act.click(button('Next')); // Monday to Friday, 8:00–15:00 and the browser's time zone are right

  await act.heading('Children');
  await act.focusedEmptyField(); // the step starts in child 1's name
  const children = [['Pip', 'K'], ['Wren', '3'], ['Theo', '7']];
  for (const [i, [name, grade]] of children.entries()) {
    if (i > 0) {
      await act.click(button('Add child'));
      await act.focusedEmptyField();
    }
    await act.type(name);
    await act.choose(page.getByLabel(`Child ${i + 1} grade`), grade);
  }
  await act.click(button('Next'));

  await act.heading('Adults who teach');
  await act.click(button('Add Mom')); // free all day, Monday to Friday: the default
  await act.click(button('Add Dad'));
  await act.click(page.getByRole('group', { name: 'When is Dad free?' }).getByRole('radio', { name: 'Afternoons' }));
  await screenshot(page, 'setup-adults');
  await act.click(button('Next'));

  await act.heading('Subjects'); // each child's grade defaults are right as they are
  await screenshot(page, 'setup-subjects');
  await act.click(button('Next'));

  await act.heading('Family lessons');
  await act.click(button('Add Morning Basket'));
  await act.click(button('Add Read-aloud'));
  await act.click(button('Next'));

  await act.heading('Commitments');
  await act.click(button('Add Co-op')); // Tuesday 9:00–12:00, everybody
  await act.click(button('Next'));

  await act.heading('Rooms and shared things');
  await act.click(button('Add Piano'));
  await act.click(page.getByRole('group', { name: 'Subjects that use Piano' }).getByRole('checkbox', { name: 'Wren: Music practice' }));
  await act.click(button('Next'));

  await act.heading('Review');
  await screenshot(page, 'setup-review');
  await act.click(button('Create week'));
  return act.result();
}

test('a family of three children and two adults sets up in few clicks and keystrokes, and the plan is valid', async (t) => {
  const act = await openCounted();
  const plan = await threeChildrenTwoAdults(act);
  const total = act.count.clicks + act.count.keys;
  t.diagnostic(`setup of 3 children + 2 adults: ${act.count.clicks} clicks + ${act.count.keys} keystrokes = ${total} (ceiling ${CEILING})`);
  assert.deepEqual(act.errors, []);
  assert.ok(total <= CEILING, `${total} clicks and keystrokes is more than the ceiling of ${CEILING}`);

  assert.deepEqual(plan.students.map((s) => [s.id, s.name, s.grade]), [['pip', 'Pip', 'K'], ['wren', 'Wren', '3'], ['theo', 'Theo', '7']]);
  assert.deepEqual(plan.guardians.map((g) => g.id), ['mom', 'dad']);
  assert.deepEqual(plan.guardians[1].availability[0], { day: 'mon', start: '12:00', end: '15:00' });
  const course = (id) => plan.courses.find((c) => c.id === id);
  assert.deepEqual(course('morning-basket').students, ['pip', 'wren', 'theo']);
  assert.deepEqual(course('wren-music-practice').resources, ['piano']);
  assert.equal(course('pip-phonics').minutesPerSession, 15);
  assert.deepEqual(plan.commitments.map((c) => [c.id, c.day, c.students.length, c.guardians.length]), [['co-op', 'tue', 3, 2]]);
  assert.deepEqual(plan.placements, []);

  const core = await init();
  const report = core.validate(plan);
  assert.equal(report.summary.errors, 0, JSON.stringify(report.diagnostics.filter((d) => d.severity === 'error')));
});

test('nothing typed is lost going back, and a grade changed before any subject was touched refills its subjects', async () => {
  const act = await openCounted();
  const { page, button } = act;
  await act.click(button('Next'));
  await act.focusedEmptyField();
  await act.type('Pip');
  await act.choose(page.getByLabel('Child 1 grade'), 'K');
  await act.click(button('Next'));
  await act.click(button('Add Mom'));
  await act.click(button('Next'));
  await act.heading('Subjects');
  await eventuallyEqual(() => page.getByLabel("Pip's subject 1").inputValue(), 'Phonics');
  await act.click(button('Back'));
  await act.click(button('Back'));
  await act.heading('Children');
  await eventuallyEqual(() => page.getByLabel('Child 1 name').inputValue(), 'Pip');
  await act.choose(page.getByLabel('Child 1 grade'), '10');
  await act.click(button('Next'));
  await act.heading('Adults who teach');
  await eventuallyEqual(() => page.getByLabel('Adult 1 name').inputValue(), 'Mom');
  await act.click(button('Next'));
  await act.heading('Subjects');
  await eventuallyEqual(() => page.getByLabel("Pip's subject 2").inputValue(), 'English');
});

test('Next names what is missing and moves the focus to it', async () => {
  const act = await openCounted();
  const { page, button } = act;
  await act.click(button('Next'));
  await act.heading('Children');
  await act.click(button('Next'));
  await eventuallyMatch(() => page.getByRole('alert').textContent(), /Enter the name of child 1\..*Choose a grade/);
  await eventuallyEqual(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')), 'true');
  await act.heading('Children'); // still here
});

test('the keyboard alone gets through a step: Tab to the fields, type, Enter for Next', async () => {
  const act = await openCounted();
  const { page } = act;
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  // Tab from the top to "School starts"; Enter in a field is "Next" (each step is a form).
  for (let i = 0; i < 20 && (await focused()) !== 'setup-week-start'; i++) await act.press('Tab');
  assert.equal(await focused(), 'setup-week-start');
  await act.press('Enter');
  await act.heading('Children');
  await act.focusedEmptyField();
  await act.type('Pip');
  await act.press('Tab'); // to the grade
  await act.press('K'); // a select picks its option by the first letter: Kindergarten
  await eventuallyEqual(() => page.getByLabel('Child 1 grade').inputValue(), 'K');
  await act.press('Shift+Tab');
  await act.press('Enter');
  await act.heading('Adults who teach');
  // The focus is on the step's heading and shows where it is.
  await eventuallyMatch(() => page.evaluate(() => document.activeElement?.tagName), /^H2$/);
  await act.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
});

test('opened on an existing plan, "Update week" without changes keeps every course and lesson', async () => {
  const repoRoot = new URL('../../', import.meta.url).pathname;
  const act = await openCounted(`${base}?initial=${encodeURIComponent(`/@fs${repoRoot}examples/family.json`)}`);
  await act.click(act.page.getByRole('button', { name: /Review$/ }));
  await act.heading('Review');
  await act.click(act.button('Update week'));
  const plan = await act.result();
  const family = JSON.parse(readFileSync(new URL('../../examples/family.json', import.meta.url), 'utf8'));
  assert.deepEqual(plan.courses.map((c) => c.id), family.courses.map((c) => c.id));
  assert.deepEqual(plan.placements, family.placements);
  const core = await init();
  assert.equal(core.validateJson(plan), core.validateJson(family));
});

test('opened on an existing plan, removing a subject drops its lessons and keeps the others', async () => {
  const repoRoot = new URL('../../', import.meta.url).pathname;
  const act = await openCounted(`${base}?initial=${encodeURIComponent(`/@fs${repoRoot}examples/family.json`)}`);
  await act.click(act.page.getByRole('button', { name: /Subjects$/ }));
  await act.heading('Subjects');
  await act.click(act.button("Remove Theo's Pre-algebra"));
  await act.click(act.page.getByRole('button', { name: /Review$/ }));
  await act.click(act.button('Update week'));
  const plan = await act.result();
  const family = JSON.parse(readFileSync(new URL('../../examples/family.json', import.meta.url), 'utf8'));
  assert.equal(plan.courses.some((c) => c.id === 'theo-math'), false);
  assert.deepEqual(plan.placements, family.placements.filter((p) => p.course !== 'theo-math'));
});

test('what the core refuses in the finished plan is shown on its step, and the plan is not handed on', async () => {
  const act = await openCounted();
  const { page, button } = act;
  await act.click(button('Next'));
  await act.focusedEmptyField();
  await page.getByLabel('Child 1 name').fill('Pip\u202e'); // pasted with a right-to-left override
  await act.choose(page.getByLabel('Child 1 grade'), 'K');
  await act.click(button('Next'));
  await act.click(button('Add Mom'));
  for (const title of ['Subjects', 'Family lessons', 'Commitments', 'Rooms and shared things', 'Review']) {
    await act.click(button('Next'));
    await act.heading(title);
  }
  await act.heading('Review');
  await act.click(button('Create week'));
  const alert = page.getByRole('alert');
  await eventuallyMatch(() => alert.textContent(), /Child 1: U\+202E right-to-left override is not allowed in a name/);
  assert.equal(await page.getByTestId('setup-result').count(), 0);
  await act.click(alert.getByRole('link'));
  await act.heading('Children');
  const focusedField = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.labels?.[0]?.textContent);
  await eventuallyEqual(focusedField, 'Child 1 name');
  await page.getByLabel('Child 1 name').fill('Pip');
  await act.click(page.getByRole('button', { name: /Review$/ }));
  await act.click(button('Create week'));
  assert.equal((await act.result()).students[0].name, 'Pip');
});

test('"Copy Pip\'s subjects to Wren" copies, says so, and can be taken back', async () => {
  const act = await openCounted();
  const { page, button } = act;
  await act.click(button('Next'));
  await act.focusedEmptyField();
  await act.type('Pip');
  await act.choose(page.getByLabel('Child 1 grade'), 'K');
  await act.click(button('Add child'));
  await act.focusedEmptyField();
  await act.type('Wren');
  await act.choose(page.getByLabel('Child 2 grade'), '3');
  await act.click(button('Next'));
  await act.click(button('Add Mom'));
  await act.click(button('Next'));
  await act.heading('Subjects');
  await eventuallyEqual(() => page.getByLabel("Wren's subject 1").inputValue(), 'Math');
  await act.click(button("Copy Pip's subjects to Wren"));
  await eventuallyEqual(() => page.getByLabel("Wren's subject 1").inputValue(), 'Phonics');
  assert.equal(await page.getByLabel("Wren's Phonics: minutes").inputValue(), '15');
  await eventuallyMatch(() => page.getByRole('status').textContent(), /Copied Pip's 4 subjects to Wren\./);
  await act.click(button('Undo copy'));
  await eventuallyEqual(() => page.getByLabel("Wren's subject 1").inputValue(), 'Math');
  await eventuallyEqual(() => page.getByRole('button', { name: 'Undo copy' }).count(), 0);
});

test('on a phone-sized screen every step fits the width (nothing to scroll sideways)', async () => {
  const act = await openCounted(base, { width: 375, height: 800 });
  const { page, button } = act;
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const titles = ['Children', 'Adults who teach', 'Subjects', 'Family lessons', 'Commitments', 'Rooms and shared things', 'Review'];
  assert.equal(await overflow(), 0, 'Your school week');
  await act.click(button('Next'));
  await act.focusedEmptyField();
  await act.type('Pip');
  await act.choose(page.getByLabel('Child 1 grade'), '10');
  assert.equal(await overflow(), 0, 'Children');
  await act.click(button('Next'));
  await act.click(button('Add Mom'));
  assert.equal(await overflow(), 0, 'Adults who teach');
  for (const [i, title] of titles.slice(2).entries()) {
    await act.click(button('Next'));
    await act.heading(title);
    if (title === 'Family lessons') await act.click(button('Add Morning Basket'));
    if (title === 'Commitments') await act.click(button('Add Co-op'));
    if (title === 'Rooms and shared things') await act.click(button('Add Piano'));
    assert.equal(await overflow(), 0, `${title} (${i})`);
  }
  await screenshot(page, 'setup-review-phone');
});
