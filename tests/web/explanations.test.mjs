// When auto-schedule cannot place everything (issue 18: "When no complete week exists, the
// explanation is shown in plain words next to what it concerns"): a plan made through the
// API whose only adult is free one hour a week for ten and a half hours of lessons.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

import {
  appAndBrowser, createHouseholdInApp, createPlanThroughApi, eventually, eventuallyEqual, eventuallyMatch, examplePlan,
  saveState, screenshot, signUpInApp,
} from './harness.mjs';
import { root } from '../server/helpers.mjs';

describe('auto-schedule explains what it could not place', () => {
  const app = appAndBrowser();

  test('a guardian free far less than the lessons need: the reason, in words, with the courses it keeps out', async () => {
    const { page, context, problems } = await app.open();
    const results = [];
    page.on('response', async (r) => {
      if (/\/jobs\/[^/]+$/.test(new URL(r.url()).pathname)) results.push((await r.json().catch(() => null))?.result);
    });
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Wongs');
    await page.getByRole('heading', { name: 'Describe your household' }).waitFor();
    const plan = examplePlan('one-child.json');  // Lily, grade 1, taught by Mom
    plan.guardians[0].availability = [{ day: 'mon', start: '09:00', end: '10:00' }];
    plan.placements = [];
    assert.equal(await createPlanThroughApi(page, plan), 201);
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();

    await page.getByRole('button', { name: 'Auto-schedule', exact: true }).click();
    await page.getByRole('button', { name: 'Start auto-schedule', exact: true }).click();
    await page.getByRole('button', { name: 'Accept', exact: true }).waitFor({ timeout: 30000 });
    const panel = page.getByTestId('auto-schedule');
    await eventuallyMatch(() => panel.innerText(), /This week cannot be completed as described; this is the closest one/);
    await screenshot(page, 'auto-schedule-explained');

    // The reason names Mom and what she lacks; under it, each course it keeps out, by name.
    // (The job's answers are read as they arrive: the last one may still be on its way.)
    const result = await eventually(() => results.findLast((r) => r?.status), (r) => assert.ok(r, 'the job\'s result'));
    assert.notEqual(result.status, 'feasible');
    assert.ok(result.unplaced.length > 0);
    const reason = page.getByTestId('explanations').locator('> li[data-concerns~="guardians:mom"]');
    await eventuallyMatch(() => reason.innerText(), /^Mom teaches .+ but is available 1 h/);
    for (const { course, count } of result.unplaced) {
      const subject = plan.courses.find((c) => c.id === course).subject;
      const item = page.getByTestId('explanations').locator(`[data-course-id="${course}"]`);
      await eventuallyEqual(() => item.count(), 1, course);
      assert.match(await item.innerText(), new RegExp(`^${subject} for Lily: ${count} sessions? (not placed|could not be placed)`));
    }

    // Plain words only: no rule code, no id, no solver jargon.
    const words = await page.getByTestId('explanations').innerText();
    for (const code of new Set(result.explanations.map((e) => e.code))) assert.ok(!words.includes(code), `"${code}" is on screen`);
    assert.doesNotMatch(words, /infeasible|incomplete|\bhard\b|\bsoft\b/i);
    assert.ok(!words.includes('read-aloud'), 'a course id is on screen');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a week not completed in the time offers "Search longer": the draft goes, a longer search from the next seed runs', async () => {
    const { page, context, problems } = await app.open();
    await signUpInApp(page);
    await createHouseholdInApp(page, 'The Adairs');
    await page.getByRole('heading', { name: 'Describe your household' }).waitFor();
    // Three classes of two children each in two school hours: no complete week, and nothing
    // the core can prove says so (the same fixture as the core's status test).
    const plan = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/solver/odd-cycle.json'), 'utf8'));
    assert.equal(await createPlanThroughApi(page, plan), 201);
    const household = page.url().split('/').pop();
    await page.reload();
    await saveState(page).filter({ hasText: /^Saved$/ }).waitFor();

    await page.getByRole('button', { name: 'Auto-schedule', exact: true }).click();
    await page.getByRole('button', { name: 'Start auto-schedule', exact: true }).click();
    const panel = page.getByTestId('auto-schedule');
    await page.getByRole('button', { name: 'Search longer', exact: true }).waitFor({ timeout: 30000 });
    await eventuallyMatch(() => panel.innerText(), /No complete week was found in the time given/);
    await page.getByRole('button', { name: 'Search longer', exact: true }).click();
    await page.getByTestId('auto-schedule-progress').waitFor();
    await page.getByRole('button', { name: 'Search longer', exact: true }).waitFor({ timeout: 30000 });

    // Two jobs: the first's draft discarded, the second with the server's longest budget
    // (10 s in these tests) and the next seed.
    const jobs = await page.evaluate(async (id) => (await (await fetch(`/api/v1/households/${id}/jobs`)).json()).jobs, household);
    assert.equal(jobs.length, 2);
    const [longer, first] = jobs;
    assert.equal(first.draft.state, 'discarded');
    assert.deepEqual([first.options.time_budget_ms, first.options.seed], [5000, 1]);
    assert.deepEqual([longer.options.time_budget_ms, longer.options.seed, longer.options.may_move], [10000, 2, first.options.may_move]);
    assert.equal(longer.result.status, 'incomplete');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
