// The last version of each household's plan this device loaded or saved, with what the plan
// screen shows around it (the household's name, the parent's role), kept in localStorage so
// the app opens the plan without a network (a reload while offline). Unsaved changes are
// kept apart, on top of it (kept-document.ts). Signing out forgets these copies.
import type { Household, PlanDocument } from '../api';
import { forgetDocument, type KeyValueStorage } from './kept-document';

export interface OpenedPlan {
  household: Household;
  /** The server's version as loaded or saved; its diagnostics list is not kept, only the counts. */
  doc: PlanDocument;
  keptAt: string;
}

const key = (household: string) => `brightpath:opened:${household}`;
// Which households have a copy, so signing out can forget them all and the app can list them offline.
const indexKey = 'brightpath:opened';

function readJson<T>(storage: KeyValueStorage, k: string): T | undefined {
  try {
    const text = storage.getItem(k);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function index(storage: KeyValueStorage): { id: string; name: string }[] {
  const list = readJson<unknown>(storage, indexKey);
  return Array.isArray(list) ? list.filter((e) => typeof e?.id === 'string' && typeof e?.name === 'string') : [];
}

export function keepOpenedPlan(storage: KeyValueStorage, household: Household, doc: PlanDocument): boolean {
  const entry: OpenedPlan = {
    household: { ...household, members: [] },
    doc: { ...doc, diagnostics: { summary: doc.diagnostics.summary, diagnostics: [] } },
    keptAt: new Date().toISOString(),
  };
  try {
    storage.setItem(key(household.id), JSON.stringify(entry));
    const others = index(storage).filter((e) => e.id !== household.id);
    storage.setItem(indexKey, JSON.stringify([...others, { id: household.id, name: household.name }]));
    return true;
  } catch {
    return false;  // storage full or disabled: the app works, only not offline after a reload
  }
}

/** After a save (or an accepted draft, a restore): the copy becomes that version. */
export function keepSavedVersion(
  storage: KeyValueStorage, householdId: string, saved: Pick<PlanDocument, 'plan' | 'version'> & Partial<Pick<PlanDocument, 'diagnostics'>>,
): void {
  const opened = openedPlan(storage, householdId);
  if (opened) keepOpenedPlan(storage, opened.household, { ...opened.doc, ...saved, diagnostics: saved.diagnostics ?? opened.doc.diagnostics });
}

export function openedPlan(storage: KeyValueStorage, householdId: string): OpenedPlan | undefined {
  const entry = readJson<OpenedPlan>(storage, key(householdId));
  if (entry?.household?.id !== householdId || typeof entry.doc?.version !== 'number' || !entry.doc.plan) return undefined;
  return entry;
}

/** The households whose plan this device can open without a network. */
export function openedHouseholds(storage: KeyValueStorage): { id: string; name: string }[] {
  return index(storage).filter((e) => openedPlan(storage, e.id));
}

/** A deleted household: its copy, and any unsaved changes to its plan, leave this device too. */
export function forgetOpenedPlan(storage: KeyValueStorage, householdId: string): void {
  try {
    const opened = openedPlan(storage, householdId);
    if (opened) forgetDocument(storage, householdId, opened.doc.id);
    storage.removeItem(key(householdId));
    storage.setItem(indexKey, JSON.stringify(index(storage).filter((e) => e.id !== householdId)));
  } catch {
    /* nothing kept */
  }
}

export function forgetOpenedPlans(storage: KeyValueStorage): void {
  try {
    for (const e of index(storage)) storage.removeItem(key(e.id));
    storage.removeItem(indexKey);
  } catch {
    /* nothing kept */
  }
}
