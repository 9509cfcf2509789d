import { describe, expect, test } from 'vitest';

import { ApiError, type HouseholdSummary } from '../api';
import { parentErrorText } from './error-words';

const household = (id: string, name: string): HouseholdSummary => ({ id, name, role: 'owner', created_at: '2026-01-01T00:00:00Z' });

describe("the server's errors in a parent's words", () => {
  test('a wrong password names which one', () => {
    expect(parentErrorText(new ApiError(403, 'invalid_credentials', 'current_password is wrong', { field: 'current_password' })))
      .toBe('The current password is not right.');
    expect(parentErrorText(new ApiError(403, 'invalid_credentials', 'password is wrong', { field: 'password' })))
      .toBe('That password is not right.');
  });

  test('a deletion that would leave a shared household without an owner names the household', () => {
    const error = new ApiError(409, 'sole_owner', 'this account is the only owner of households that have other members', { households: ['h2'] });
    expect(parentErrorText(error, [household('h1', 'The Millers'), household('h2', 'Co-op Fridays')]))
      .toBe('You are the only owner of Co-op Fridays, which other people belong to. Make one of them an owner, or delete the household, first.');
    expect(parentErrorText(error)).toContain('only owner of a household');
  });

  test('a household left without an owner says what to do', () => {
    expect(parentErrorText(new ApiError(409, 'last_owner', 'a household keeps at least one owner')))
      .toBe('A household needs an owner: make someone else an owner first.');
  });

  test('anything else keeps the general words', () => {
    expect(parentErrorText(new ApiError(400, 'weak_password', 'new_password: a password needs 10 to 1024 characters')))
      .toBe('A password needs 10 or more characters.');
    expect(parentErrorText(new ApiError(500, 'internal', 'Something broke.'))).toBe('Something broke.');
  });
});
