// The end-to-end harness of the web app: a real brightpath-server with its own database on
// a free port, serving the built app (web/dist), and Debian's headless Chromium driven by
// playwright-core. tests/web/run.sh builds the app and starts the PostgreSQL cluster
// (BRIGHTPATH_TEST_DATABASE_URL) first.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';

import { launchChromium } from '../../scripts/chromium.mjs';
import { root, startServer } from '../server/helpers.mjs';
import { eventually } from './eventually.mjs';

export const webRoot = path.join(root, 'web', 'dist');
const screenshots = path.join(root, 'tests', 'web', 'screenshots');

export * from './eventually.mjs';

/** A server with a fresh database serving the built app; `url` is where the app is. */
export async function startApp({ env = {} } = {}) {
  const server = await startServer({
    env: { BRIGHTPATH_WEB_ROOT: webRoot, BRIGHTPATH_SOLVE_MAX_SECONDS: '10', ...env },
  });
  // localhost, not 127.0.0.1: the address a parent types, and the server's cookies are not
  // Secure there.
  return { server, url: `http://localhost:${server.port}` };
}

export const launchBrowser = launchChromium;

/**
 * The fixture of a test file (or describe block): before its tests, a server with a fresh
 * database serving the app and one headless Chromium; after them, both stopped. Answers an
 * object filled in before the first test: `url`, `server`, `browser`, and `open(url)`, a new
 * watched page (openPage) at `url` (the app's address unless told; none with null).
 */
export function appAndBrowser({ env } = {}) {
  const fixture = {
    open: (url = fixture.url) => openPage(fixture.browser, url ?? undefined),
  };
  before(async () => {
    const [app, browser] = await Promise.all([startApp({ env }), launchBrowser()]);
    Object.assign(fixture, { url: app.url, server: app.server, browser });
  });
  after(async () => {
    await fixture.browser?.close();
    await fixture.server?.stop();
  });
  return fixture;
}

/**
 * A fresh browser context (its own cookies and localStorage) and page. Every console error,
 * page error and Content-Security-Policy violation is collected in `problems`; tests end
 * with `assert.deepEqual(problems, [])`.
 */
export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  const page = await watchedPage(context, problems);
  if (url) await page.goto(url);
  return { context, page, problems };
}

/** Another page of the same context (same cookies and localStorage), watched the same way. */
export async function watchedPage(context, problems) {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !expectedNoise(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return page;
}

// Failed requests the app expects and handles: a 401 before signing in, a 409 conflict,
// and requests that fail while the test has cut the network.
function expectedNoise(text) {
  return /status of (401|409)|net::ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(text);
}

export async function screenshot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

let accounts = 0;
/** Signs up a new parent through the app's form; leaves the page on the household list. */
export async function signUpInApp(page, url) {
  const email = `parent${Date.now()}_${accounts++}@example.org`;
  const password = 'a long enough passphrase';
  if (url) await page.goto(url);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  await page.getByRole('heading', { name: 'Your households' }).waitFor();
  return { email, password };
}

/**
 * The owner (on `ownerPage`, signed in) invites a guardian (or a viewer) from the household
 * list; a new page opens the link, signs up and joins. Answers that page's session ({ page,
 * problems, context }) with its `email`. With `second`, that signed-in page joins instead.
 */
export async function inviteAndJoin(app, ownerPage, second = undefined, role = 'guardian') {
  await ownerPage.goto(`${app.url}/#/households`);
  await ownerPage.reload();  // a fresh list: an earlier invitation's link is not shown again
  await ownerPage.getByRole('button', { name: `Invite a ${role}`, exact: true }).click();
  const link = await ownerPage.getByTestId('invitation-link').inputValue();
  const joiner = second ?? { ...(await app.open(null)), email: `second${Date.now()}_${accounts++}@example.org` };
  await joiner.page.goto(link.replace(/^https?:\/\/[^/]+/, app.url));
  if (!second) {
    await joiner.page.getByRole('link', { name: 'Create an account' }).click();
    await joiner.page.getByLabel('Email').fill(joiner.email);
    await joiner.page.getByLabel('Password').fill('another long passphrase');
    await joiner.page.getByRole('button', { name: 'Create account', exact: true }).click();
  }
  await joiner.page.getByRole('button', { name: 'Join the household', exact: true }).click();
  await joiner.page.waitForURL(/#\/households\/[^/]+$/);
  return joiner;
}

export async function createHouseholdInApp(page, name = 'The Millers') {
  await page.getByLabel('New household').fill(name);
  await page.getByRole('button', { name: 'Create household', exact: true }).click();
}

export const saveState = (page) => page.getByTestId('save-state');

/**
 * Through a new household's setup flow (web/src/setup) to its first plan: two children
 * (Wren, grade 3; Theo, grade 7) taught by Mom alone, every grade default kept.
 */
export async function completeSetupInApp(page) {
  const next = () => page.getByRole('button', { name: 'Next', exact: true }).click();
  const step = (title) => page.getByRole('heading', { level: 2, name: new RegExp(`${title}$`) }).waitFor();
  await step('Your school week');
  await next();
  await step('Children');
  for (const [i, [name, grade]] of [['Wren', '3'], ['Theo', '7']].entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add child', exact: true }).click();
    await page.getByLabel(`Child ${i + 1} name`).fill(name);
    await page.getByLabel(`Child ${i + 1} grade`).selectOption(grade);
  }
  await next();
  await step('Adults who teach');
  await page.getByRole('button', { name: 'Add Mom', exact: true }).click();
  await next();
  for (const title of ['Subjects', 'Family lessons', 'Commitments', 'Rooms and shared things']) {
    await step(title);
    await next();
  }
  await step('Review');
  await page.getByRole('button', { name: 'Create week', exact: true }).click();
  await saveState(page).waitFor();
}

/** Stores `plan` as the page's household's plan through the API (as another frontend would); answers its status. */
export async function createPlanThroughApi(page, plan, name = 'Our week') {
  return page.evaluate(async ([document, planName]) => {
    const household = location.hash.split('/').pop();
    const csrf = globalThis.document.cookie.match(/bp_csrf=([^;]+)/)[1];
    const res = await fetch(`/api/v1/households/${household}/plans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ name: planName, plan: document }),
    });
    return res.status;
  }, [plan, name]);
}

/** An example plan of examples/ (the fixtures the C++ and JS tests use too), parsed. */
export const examplePlan = (file) => JSON.parse(readFileSync(path.join(root, 'examples', file), 'utf8'));

/** The plan document the page's household holds now, read from the API with the page's session. */
export async function savedPlan(page) {
  return page.evaluate(async () => {
    const household = location.hash.split('/').pop();
    const get = async (path) => (await fetch(`/api/v1/households/${household}${path}`)).json();
    const { plans } = await get('/plans');
    return (await get(`/plans/${plans[0].id}`)).plan;
  });
}

/** Drags one lesson block onto another (pointer down, move in steps, up), as a parent would. */
export async function dragLessonOnto(page, lessonId, targetId) {
  const from = await page.locator(`.plan-week [data-lesson-id="${lessonId}"]`).boundingBox();
  const to = await page.locator(`.plan-week [data-lesson-id="${targetId}"]`).boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + 8);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 5, from.y + 12, { steps: 2 });
  await page.mouse.move(to.x + to.width / 2, to.y + 8, { steps: 8 });
  await page.mouse.up();
}

/** Where each lesson is: { id: "mon 09:00" }, read from the week on screen. */
export async function lessonSlots(page, scope = page) {
  return scope.locator('[data-lesson-id]').evaluateAll((blocks) =>
    Object.fromEntries(blocks.map((b) => [b.dataset.lessonId, `${b.closest('[data-day]')?.dataset.day} ${b.getAttribute('aria-label')}`])));
}

/**
 * Moves the lesson one grid step with the keyboard alone: earlier when it is in the lower
 * half of its day (so there is room above it), later otherwise. Resolves once the week shows
 * the lesson moved.
 */
export async function nudgeLesson(page, lessonId) {
  const block = page.locator(`.plan-week [data-lesson-id="${lessonId}"]`);
  const before = await block.getAttribute('aria-label');
  const lowerHalf = await block.evaluate((b) => {
    const lane = b.closest('[data-day]').getBoundingClientRect();
    const own = b.getBoundingClientRect();
    return own.top + own.height / 2 > lane.top + lane.height / 2;
  });
  await block.focus();
  await page.keyboard.press(lowerHalf ? 'ArrowUp' : 'ArrowDown');
  await eventually(() => block.getAttribute('aria-label'), (label) => assert.notEqual(label, before, `${lessonId} moved`));
}
