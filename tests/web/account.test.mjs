// The parent's account screen: change the password (the old one stops working), and delete
// the account, refused by name while a shared household has no other owner.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { appAndBrowser, createHouseholdInApp, inviteAndJoin, signUpInApp } from './harness.mjs';

describe('the account screen', () => {
  const app = appAndBrowser();

  async function signIn(page, email, password) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  test('a changed password is the only one that signs in afterwards', async () => {
    const { page, problems } = await app.open();
    const { email, password } = await signUpInApp(page);
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await page.getByRole('heading', { name: 'Your account', exact: true }).waitFor();
    const form = page.getByRole('form', { name: 'Change your password' });
    const change = async (current, next, again = next) => {
      await form.getByLabel('Current password').fill(current);
      await form.getByLabel('New password (10 or more characters)').fill(next);
      await form.getByLabel('New password again').fill(again);
      await form.getByRole('button', { name: 'Change password' }).click();
    };

    await change(password, 'a brand new passphrase', 'a brand new passphrasE');
    await form.getByRole('alert').filter({ hasText: 'The two new passwords are not the same.' }).waitFor();
    await change('not my password at all', 'a brand new passphrase');
    await form.getByRole('alert').filter({ hasText: 'The current password is not right.' }).waitFor();
    await change(password, 'a brand new passphrase');
    await form.getByRole('status').filter({ hasText: 'Your password was changed.' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, email, password);
    await page.getByRole('alert').waitFor();
    await signIn(page, email, 'a brand new passphrase');
    await page.getByRole('heading', { name: 'Your households' }).waitFor();
    assert.deepEqual(problems.filter((p) => !/status of 40[13]/.test(p)), []);
  });

  test('deleting the account asks for the password, waits for a shared household to have another owner, then signs out for good', async () => {
    const owner = await app.open();
    const { email, password } = await signUpInApp(owner.page);
    await createHouseholdInApp(owner.page, 'Co-op Fridays');
    await owner.page.waitForURL(/#\/households\/[^/]+$/);
    const second = await inviteAndJoin(app, owner.page);

    const { page } = owner;
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const confirm = page.getByRole('button', { name: 'Delete my account for good' });
    await page.getByLabel('Your password, to confirm').fill('not my password at all');
    await confirm.click();
    await page.getByRole('alert').filter({ hasText: 'That password is not right.' }).waitFor();
    await page.getByLabel('Your password, to confirm').fill(password);
    await confirm.click();
    await page.getByRole('alert').filter({ hasText: 'You are the only owner of Co-op Fridays, which other people belong to.' }).waitFor();

    // With the household gone, the account can go; nothing of it stays on this device.
    await page.getByRole('link', { name: 'Households', exact: true }).click();
    await page.getByRole('button', { name: 'Delete household…' }).click();
    await page.getByLabel("Type the household's name to confirm").fill('Co-op Fridays');
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('status').filter({ hasText: 'Co-op Fridays was deleted' }).waitFor();
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    await page.getByLabel('Your password, to confirm').fill(password);
    await page.getByRole('button', { name: 'Delete my account for good' }).click();
    await page.getByRole('status').filter({ hasText: 'Your account was deleted.' }).waitFor();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('brightpath:')).length), 0);
    await signIn(page, email, password);
    await page.getByRole('alert').waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Your households' }).count(), 0);
    assert.deepEqual(owner.problems.filter((p) => !/status of (40[13]|409)/.test(p)), []);
    assert.deepEqual(second.problems, []);
  });
});
