// The unsaved document of one plan, kept in the browser's localStorage on every change so
// that a reload, a crash or a lost connection never loses an edit. One entry per plan.
import type { Plan } from '@brightpath/core';

export interface KeptDocument {
  household: string;
  plan: string;
  /** The server version the document was edited from (its If-Match when it is saved). */
  baseVersion: number;
  document: Plan;
  /** True once a save was wanted but could not reach the server: it is saved when the connection returns. */
  pendingSave: boolean;
  keptAt: string;
}

/** The part of the Web Storage API used here, so tests can pass a Map-backed one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (household: string, plan: string) => `brightpath:unsaved:${household}:${plan}`;

export function keepDocument(storage: KeyValueStorage, entry: KeptDocument): boolean {
  try {
    storage.setItem(key(entry.household, entry.plan), JSON.stringify(entry));
    return true;
  } catch {
    return false;  // storage full or disabled: the page still works, only without the safety net
  }
}

export function keptDocument(storage: KeyValueStorage, household: string, plan: string): KeptDocument | undefined {
  try {
    const text = storage.getItem(key(household, plan));
    if (!text) return undefined;
    const entry = JSON.parse(text) as KeptDocument;
    if (entry.household !== household || entry.plan !== plan || typeof entry.baseVersion !== 'number' || !entry.document) {
      return undefined;
    }
    return entry;
  } catch {
    return undefined;
  }
}

export function forgetDocument(storage: KeyValueStorage, household: string, plan: string): void {
  try {
    storage.removeItem(key(household, plan));
  } catch {
    /* nothing kept, nothing to forget */
  }
}
