// Working without a connection in a real browser against the real server (issue 18,
// "Tests"): cut the network, edit, reload, reconnect, the edit is saved. The reload works
// because the app's service worker (web/src/offline/service-worker.ts) has the app's files
// and the app opens the plan this device kept (web/src/offline/opened-plan.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  appAndBrowser, createHouseholdInApp, createPlanThroughApi, eventuallyDeepEqual, eventuallyEqual, examplePlan,
  lessonSlots, nudgeLesson, savedPlan, saveState, screenshot, signUpInApp,
} from './harness.mjs';

const offlineText = 'Offline — changes kept on this device';

/**
 * Resolves once the service worker has cached this build and is active: the next load of the
 * app comes from it. (Whether it already looks after this page does not matter for that, and
 * depends on timing: a page whose load began while the worker was installing stays without
 * one until it is loaded again.)
 */
async function serviceWorkerInCharge(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');
}

describe('the web app without a connection', () => {
  const app = appAndBrowser();

  test('cut the network, edit, reload: the edit is there and kept; reconnect: the edit is saved', async () => {
    const { page, context, problems } = await app.open();
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Garcias');
    await page.getByRole('heading', { name: 'Describe your household' }).waitFor();
    assert.equal(await createPlanThroughApi(page, examplePlan('family.json')), 201);
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    await serviceWorkerInCharge(page);
    const before = await savedPlan(page);
    const loaded = await lessonSlots(page, page.locator('.plan-week'));
    const lesson = Object.keys(loaded).find((id) => !id.includes('piano'));

    // Without a connection: the edit is checked and kept, and the page says so.
    await context.setOffline(true);
    await nudgeLesson(page, lesson);
    await saveState(page).filter({ hasText: offlineText }).waitFor();
    const edited = await lessonSlots(page, page.locator('.plan-week'));
    assert.notDeepEqual(edited, loaded);

    // A reload without a connection: the app comes from the service worker, the plan from
    // this device, with the edit; still offline, still kept.
    const reloaded = await page.reload();
    assert.ok(reloaded.fromServiceWorker(), 'the page came from the service worker');
    await saveState(page).filter({ hasText: offlineText }).waitFor();
    await eventuallyDeepEqual(() => lessonSlots(page, page.locator('.plan-week')), edited);
    assert.match(await page.getByTestId('offline-notice').textContent(), /No connection/);
    assert.equal(await page.locator('.app-header .who').textContent(), await page.evaluate(() => JSON.parse(localStorage.getItem('brightpath:account')).email));
    await screenshot(page, 'offline');

    // The connection returns: the kept edit is saved by itself.
    await context.setOffline(false);
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor({ timeout: 15000 });
    await eventuallyEqual(() => page.getByTestId('offline-notice').count(), 0);
    const after = await savedPlan(page);
    const moved = (plan) => plan.placements.find((p) => p.id === lesson);
    assert.notDeepEqual(moved(after), moved(before), 'the server holds the moved lesson');
    assert.deepEqual(after.placements.filter((p) => p.id !== lesson), before.placements.filter((p) => p.id !== lesson));

    // A fresh page (nothing kept on this device) shows the server's week: the edited one.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    await eventuallyDeepEqual(() => lessonSlots(page, page.locator('.plan-week')), edited);

    // What the service worker keeps: the app's files, never an answer of the API.
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    assert.ok(cached.includes('/') && cached.includes('/config.json'), cached.join(', '));
    assert.ok(cached.some((p) => /^\/assets\/brightpath_core-[\w-]+\.wasm$/.test(p)), cached.join(', '));
    assert.ok(cached.some((p) => /^\/assets\/validate\.worker-[\w-]+\.js$/.test(p)), cached.join(', '));
    assert.deepEqual(cached.filter((p) => p.startsWith('/api')), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a save the server stored but whose answer was lost is shown as saved, not as a conflict with itself', async () => {
    const { page, context, problems } = await app.open();
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Nguyens');
    await page.getByRole('heading', { name: 'Describe your household' }).waitFor();
    assert.equal(await createPlanThroughApi(page, examplePlan('one-child.json')), 201);
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    const lesson = Object.keys(await lessonSlots(page, page.locator('.plan-week')))[0];

    // The first save reaches the server; the connection drops before its answer is back.
    let lost = 0;
    await page.route('**/versions', async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.fallback();
      lost++;
      await route.fetch();
      return route.abort('internetdisconnected');
    });
    await nudgeLesson(page, lesson);
    const edited = await lessonSlots(page, page.locator('.plan-week'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saveState(page).filter({ hasText: offlineText }).waitFor();

    // The retry finds its own save on the server: saved, no conflict, no second version.
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    assert.equal(lost, 1);
    assert.equal(await page.getByTestId('conflict-dialog').count(), 0);
    const versions = await page.evaluate(async () => {
      const household = location.hash.split('/').pop();
      const get = async (path) => (await fetch(`/api/v1/households/${household}${path}`)).json();
      const { plans } = await get('/plans');
      return (await get(`/plans/${plans[0].id}/versions`)).versions.map((v) => v.source);
    });
    assert.deepEqual(versions, ['save', 'create']);
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    await eventuallyDeepEqual(() => lessonSlots(page, page.locator('.plan-week')), edited);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a plan never opened on this device says the server cannot be reached; signing out forgets the kept copies', async () => {
    const { page, context, problems } = await app.open();
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Ortizes');
    await page.getByRole('heading', { name: 'Describe your household' }).waitFor();
    assert.equal(await createPlanThroughApi(page, examplePlan('one-child.json')), 201);
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    await serviceWorkerInCharge(page);
    const planAddress = page.url();

    // Offline, the household list offers the plan kept here; another household's address cannot open.
    await context.setOffline(true);
    await page.goto(`${app.url}/#/households`);
    await page.reload();
    await page.getByTestId('kept-households').getByRole('link', { name: 'The Ortizes' }).click();
    await page.locator('.plan-week [data-lesson-id]').first().waitFor();
    await page.goto(`${app.url}/#/households/not-opened-here`);
    await page.getByRole('alert').filter({ hasText: 'The server cannot be reached' }).waitFor();

    // Signed out (online), nothing of the plan stays for an offline start.
    await context.setOffline(false);
    await page.goto(planAddress);
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('brightpath:')));
    assert.deepEqual(kept, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
