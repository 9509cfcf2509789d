// What this device keeps to open a plan without a network, and forgets on signing out.
import { describe, expect, test } from 'vitest';

import type { Household, PlanDocument } from '../api';
import { forgetAccount, keepAccount, keptAccount } from './kept-account';
import type { KeyValueStorage } from './kept-document';
import { keepDocument, keptDocument } from './kept-document';
import { forgetOpenedPlan, forgetOpenedPlans, keepOpenedPlan, keepSavedVersion, openedHouseholds, openedPlan } from './opened-plan';

class MapStorage implements KeyValueStorage {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

const household = (id: string, name: string): Household => ({
  id, name, role: 'owner', created_at: '2026-01-01T00:00:00Z',
  members: [{ account_id: 'a1', email: 'mom@example.org', role: 'owner', joined_at: '2026-01-01T00:00:00Z' }],
});

const summary = { errors: 1, warnings: 0, infos: 0 };
const doc = (version: number, name = 'Our week'): PlanDocument => ({
  id: 'p1', name, version, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', summary,
  plan: { format: 'brightpath-plan', version: 1, name, timeZone: 'UTC' } as unknown as PlanDocument['plan'],
  diagnostics: { summary, diagnostics: [{ code: 'student-overlap' }] } as unknown as PlanDocument['diagnostics'],
});

describe('the plan kept for opening offline', () => {
  test('keeps the household (without its members) and the version, with the counts but not the list of diagnostics', () => {
    const storage = new MapStorage();
    keepOpenedPlan(storage, household('h1', 'The Millers'), doc(3));
    const kept = openedPlan(storage, 'h1')!;
    expect(kept.household).toMatchObject({ id: 'h1', name: 'The Millers', role: 'owner', members: [] });
    expect(kept.doc.version).toBe(3);
    expect(kept.doc.plan).toEqual(doc(3).plan);
    expect(kept.doc.diagnostics).toEqual({ summary, diagnostics: [] });
    expect(openedPlan(storage, 'h2')).toBeUndefined();
  });

  test('a save moves the copy to the saved version; households are listed once each', () => {
    const storage = new MapStorage();
    keepOpenedPlan(storage, household('h1', 'The Millers'), doc(3));
    keepOpenedPlan(storage, household('h2', 'The Lees'), doc(1));
    keepOpenedPlan(storage, household('h1', 'The Millers'), doc(4));
    keepSavedVersion(storage, 'h1', { plan: doc(5, 'edited').plan, version: 5 });
    expect(openedPlan(storage, 'h1')!.doc).toMatchObject({ version: 5, plan: { name: 'edited' }, diagnostics: { summary } });
    expect(openedHouseholds(storage)).toEqual([{ id: 'h2', name: 'The Lees' }, { id: 'h1', name: 'The Millers' }]);
  });

  test('signing out forgets every copy and the account', () => {
    const storage = new MapStorage();
    keepOpenedPlan(storage, household('h1', 'The Millers'), doc(3));
    keepOpenedPlan(storage, household('h2', 'The Lees'), doc(1));
    keepAccount(storage, { id: 'a1', email: 'mom@example.org' });
    expect(keptAccount(storage)).toEqual({ id: 'a1', email: 'mom@example.org' });
    forgetOpenedPlans(storage);
    forgetAccount(storage);
    expect(storage.map.size).toBe(0);
    expect(openedHouseholds(storage)).toEqual([]);
    expect(keptAccount(storage)).toBeUndefined();
  });

  test('a deleted household leaves the device: its copy and its unsaved changes, not the others', () => {
    const storage = new MapStorage();
    keepOpenedPlan(storage, household('h1', 'The Millers'), doc(3));
    keepOpenedPlan(storage, household('h2', 'The Lees'), doc(1));
    const unsaved = (h: string) => ({ household: h, plan: 'p1', baseVersion: 3, document: doc(3).plan, pendingSave: true, keptAt: 'now' });
    keepDocument(storage, unsaved('h1'));
    keepDocument(storage, unsaved('h2'));
    forgetOpenedPlan(storage, 'h1');
    expect(openedPlan(storage, 'h1')).toBeUndefined();
    expect(keptDocument(storage, 'h1', 'p1')).toBeUndefined();
    expect(openedHouseholds(storage)).toEqual([{ id: 'h2', name: 'The Lees' }]);
    expect(keptDocument(storage, 'h2', 'p1')).toBeDefined();
  });

  test('damaged or foreign entries are ignored, and a full storage only loses the safety net', () => {
    const storage = new MapStorage();
    storage.setItem('brightpath:opened:h1', '{not json');
    storage.setItem('brightpath:opened', '[{"id":"h1","name":"x"}, 7]');
    storage.setItem('brightpath:account', '{"id":1}');
    expect(openedPlan(storage, 'h1')).toBeUndefined();
    expect(openedHouseholds(storage)).toEqual([]);
    expect(keptAccount(storage)).toBeUndefined();
    const full: KeyValueStorage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    expect(keepOpenedPlan(full, household('h1', 'The Millers'), doc(3))).toBe(false);
  });
});
