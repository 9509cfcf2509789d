// The end-to-end harness of the web app: a real brightpath-server with its own database on
// a free port, serving the built app (web/dist), and Debian's headless Chromium driven by
// playwright-core. tests/web/run.sh builds the app and starts the PostgreSQL cluster
// (BRIGHTPATH_TEST_DATABASE_URL) first.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { launchChromium } from '../../scripts/chromium.mjs';
import { root, startServer } from '../server/helpers.mjs';

export const webRoot = path.join(root, 'web', 'dist');
const screenshots = path.join(root, 'tests', 'web', 'screenshots');

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
 * A fresh browser context (its own cookies and localStorage) and page. Every console error,
 * page error and Content-Security-Policy violation is collected in `problems`; tests end
 * with `assert.deepEqual(problems, [])`.
 */
export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !expectedNoise(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (url) await page.goto(url);
  return { context, page, problems };
}

// Failed requests the app expects and handles: a 401 before signing in, a 409 conflict,
// requests that fail while the test has cut the network.
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
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Your households' }).waitFor();
  return { email, password };
}

export async function createHouseholdInApp(page, name = 'The Millers') {
  await page.getByLabel('New household').fill(name);
  await page.getByRole('button', { name: 'Create household' }).click();
}

export const saveState = (page) => page.getByTestId('save-state');

/** From a new household's setup flow to its first plan (SetupFlow of web/src/setup). */
export async function completeSetupInApp(page) {
  await page.getByRole('button', { name: 'Finish setup' }).click();
  await saveState(page).waitFor();
}

/** Where each lesson is: { id: "mon 09:00" }, read from the week on screen. */
export async function lessonSlots(page, scope = page) {
  return scope.locator('[data-lesson-id]').evaluateAll((blocks) =>
    Object.fromEntries(blocks.map((b) => [b.dataset.lessonId, `${b.closest('[data-day]')?.dataset.day} ${b.getAttribute('aria-label')}`])));
}

/** Moves the lesson one grid step later with the keyboard alone. */
export async function nudgeLesson(page, lessonId) {
  const block = page.locator(`.week [data-lesson-id="${lessonId}"]`);
  await block.focus();
  await page.keyboard.press('ArrowDown');
}
