// A household in the parent's hands (DESIGN.md: "export everything, any time"): the owner
// downloads everything the household holds from the households list, and deletes it for
// good after typing its name (the device's offline copy goes with it); who belongs to it,
// with roles, removal, renaming and leaving.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import {
  appAndBrowser, createHouseholdInApp, createPlanThroughApi, dragLessonOnto, examplePlan, inviteAndJoin, lessonSlots, saveState,
  screenshot, signUpInApp,
} from './harness.mjs';

describe('downloading and deleting a household', () => {
  const app = appAndBrowser();

  test('the owner downloads everything, then deletes the household after typing its name', async () => {
    const { page, problems } = await app.open();
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Carters');
    await page.waitForURL(/#\/households\/[^/]+$/);
    const household = page.url().split('/').pop();
    const family = examplePlan('family.json');
    assert.equal(await createPlanThroughApi(page, family), 201);
    // Opening the plan keeps a copy on the device for working offline.
    await page.reload();
    await page.getByRole('heading', { name: 'The Carters' }).waitFor();
    await page.waitForFunction((id) => localStorage.getItem(`brightpath:opened:${id}`) !== null, household);
    await page.getByRole('link', { name: 'Households', exact: true }).click();
    await page.getByRole('heading', { name: 'Your households' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download everything' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^brightpath-the-carters-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.format, 'brightpath-household-export');
    assert.equal(exported.household.name, 'The Carters');
    const kept = exported.plans[0].versions.at(-1).plan;
    assert.deepEqual(kept.students.map((s) => s.name), family.students.map((s) => s.name));

    await page.getByRole('button', { name: 'Delete household…' }).click();
    const confirm = page.getByRole('button', { name: 'Delete for good' });
    assert.equal(await confirm.isDisabled(), true, 'deletes before the name is typed');
    await page.getByLabel("Type the household's name to confirm").fill('The Carter');
    assert.equal(await confirm.isDisabled(), true, 'deletes with a name that is not the household\'s');
    await page.getByLabel("Type the household's name to confirm").fill('The Carters');
    await screenshot(page, 'household-delete');
    await confirm.click();
    await page.getByRole('status').filter({ hasText: 'The Carters was deleted, with everything in it.' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'The Carters' }).count(), 0);

    // Gone on the server and from the device.
    // (Asked through the context's own requests with the page's cookies: a fetch in the page
    // would log the expected 404 as a console error.)
    assert.equal((await page.request.get(`${app.url}/api/v1/households/${household}`)).status(), 404);
    assert.equal(await page.evaluate((id) => localStorage.getItem(`brightpath:opened:${id}`), household), null);
    assert.deepEqual(problems, []);
  });

  test('"Keep it" closes the question and deletes nothing', async () => {
    const { page, problems } = await app.open();
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Lees');
    await page.waitForURL(/#\/households\/[^/]+$/);
    await page.getByRole('link', { name: 'Households', exact: true }).click();
    await page.getByRole('button', { name: 'Delete household…' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await page.getByRole('button', { name: 'Delete household…' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'The Lees' }).waitFor();
    assert.deepEqual(problems, []);
  });

  test('people: the owner sees who belongs, changes a role, renames, removes; a member leaves; the last owner cannot', async () => {
    const owner = await app.open();
    await signUpInApp(owner.page);
    await createHouseholdInApp(owner.page, 'The Okafors');
    await owner.page.waitForURL(/#\/households\/[^/]+$/);
    const household = owner.page.url().split('/').pop();
    const family = examplePlan('family.json');
    assert.equal(await createPlanThroughApi(owner.page, family), 201);
    const second = await inviteAndJoin(app, owner.page);
    const { page } = owner;
    const people = page.getByRole('region', { name: 'People in The Okafors' });

    await page.getByRole('button', { name: 'People…' }).click();
    await people.getByText(second.email, { exact: true }).waitFor();
    await people.getByText('(you)').waitFor();
    await people.getByLabel(`What ${second.email} may do`).selectOption('viewer');
    // Only once the server has answered is the new role the member's to see.
    await people.getByRole('status').filter({ hasText: `${second.email} is now a viewer.` }).waitFor();
    await second.page.goto(`${app.url}/#/households`);
    await second.page.getByText('viewer', { exact: true }).waitFor();
    // A viewer looks at the week and cannot change it: no undo, no tray, a drag moves nothing.
    await second.page.goto(`${app.url}/#/households/${household}`);
    await second.page.getByTestId('read-only').waitFor();
    assert.equal(await second.page.getByRole('button', { name: 'Undo' }).count(), 0);
    const week = second.page.locator('.plan-week');
    const before = await lessonSlots(second.page, week);
    const [a, b] = family.placements.filter((p, i, all) => i === 0 || p.day !== all[0].day);
    await dragLessonOnto(second.page, a.id, b.id);
    assert.deepEqual(await lessonSlots(second.page, week), before);
    assert.equal(await saveState(second.page).textContent(), 'Saved');

    await people.getByLabel('Household name').fill('The Okafor family');
    await people.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('link', { name: 'The Okafor family' }).waitFor();
    await screenshot(page, 'household-people');

    // The member leaves; the last owner cannot.
    await second.page.goto(`${app.url}/#/households`);
    await second.page.reload();
    await second.page.getByRole('button', { name: 'People…' }).click();
    await second.page.getByRole('button', { name: 'Leave this household…' }).click();
    await second.page.getByRole('button', { name: 'Leave for good' }).click();
    await second.page.getByRole('status').filter({ hasText: 'You left The Okafor family.' }).waitFor();
    const okafors = page.getByRole('region', { name: 'People in The Okafor family' });
    await okafors.getByRole('button', { name: 'Leave this household…' }).click();
    await okafors.getByRole('button', { name: 'Leave for good' }).click();
    await okafors.getByRole('alert').filter({ hasText: 'A household needs an owner: make someone else an owner first.' }).waitFor();

    // Invited again, as a viewer this time, then removed by the owner: the household is gone
    // from the member's list.
    await inviteAndJoin(app, page, second, 'viewer');
    await second.page.goto(`${app.url}/#/households`);
    await second.page.getByText('viewer', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'People…' }).click();
    await page.getByRole('button', { name: `Remove ${second.email}` }).click();
    await page.getByRole('button', { name: `Remove ${second.email}` }).waitFor({ state: 'detached' });
    await second.page.reload();
    await second.page.getByRole('heading', { name: 'Your households' }).waitFor();
    await second.page.getByText('Start by naming your household').waitFor();
    assert.deepEqual(owner.problems, []);
    assert.deepEqual(second.problems, []);
  });
});
