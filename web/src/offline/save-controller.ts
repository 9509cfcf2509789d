// Whether the plan on screen is saved, and getting it saved: on "Save", and by itself when a
// connection comes back for a change made (or a save tried) without one. Every change is
// kept in localStorage first (kept-document.ts). A save that lost a race (409
// version_conflict) stops here and waits for the parent's choice (keepMine / takeTheirs).
import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Plan } from '@brightpath/core';

import { ApiError, NetworkError, type SavedVersion } from '../api';
import { forgetDocument, keepDocument, keptDocument, type KeptDocument, type KeyValueStorage } from './kept-document';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict';

/** The words of [data-testid="save-state"]. */
export const saveStateText: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  offline: 'Offline — changes kept on this device',
  conflict: 'Conflict',
};

export interface SaveControllerOptions {
  household: string;
  plan: string;
  /** The server version the page loaded. */
  baseVersion: number;
  storage: KeyValueStorage;
  /** Stores `document` as the version after `baseVersion`; throws NetworkError or ApiError. */
  save(document: Plan, baseVersion: number): Promise<SavedVersion>;
  /** Whether the server answers at all. */
  reachable(): Promise<boolean>;
  /** navigator.onLine, or a fake. */
  isOnline(): boolean;
  /** How often to look for the server while offline (ms). */
  retryMs?: number;
  /** Called after every successful save with the server's answer. */
  onSaved?(saved: SavedVersion, document: Plan): void;
}

export class SaveController {
  private readonly stateSignal = signal<SaveState>('saved');
  private readonly baseSignal: Signal<number>;
  private readonly errorSignal = signal<string | undefined>(undefined);
  private readonly conflictSignal = signal<{ currentVersion: number } | undefined>(undefined);
  private document: Plan | undefined;  // the unsaved document; undefined when all is saved
  private pendingSave = false;
  private changes = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private disposed = false;

  constructor(private readonly options: SaveControllerOptions) {
    this.baseSignal = signal(options.baseVersion);
  }

  get state(): ReadonlySignal<SaveState> { return this.stateSignal; }
  get baseVersion(): ReadonlySignal<number> { return this.baseSignal; }
  /** Why the last save was refused (not a conflict, not the network), in the server's words. */
  get error(): ReadonlySignal<string | undefined> { return this.errorSignal; }
  get conflict(): ReadonlySignal<{ currentVersion: number } | undefined> { return this.conflictSignal; }

  /** The document this device kept for the plan from an earlier visit, if any. */
  kept(): KeptDocument | undefined {
    return keptDocument(this.options.storage, this.options.household, this.options.plan);
  }

  /**
   * Takes over a kept document (after the page put it into the editor): its base version
   * becomes this page's, and one that was waiting for a connection is saved now.
   */
  async adopt(entry: KeptDocument): Promise<void> {
    this.baseSignal.value = entry.baseVersion;
    this.document = entry.document;
    this.pendingSave = entry.pendingSave;
    this.stateSignal.value = 'unsaved';
    if (entry.pendingSave) await this.save();
  }

  /** Every change of the document on screen (an edit, undo, redo, an accepted draft). */
  changed(document: Plan): void {
    this.document = document;
    this.changes++;
    this.errorSignal.value = undefined;
    if (!this.options.isOnline()) this.pendingSave = true;
    this.keep();
    if (this.stateSignal.value === 'conflict' || this.stateSignal.value === 'saving') return;
    this.stateSignal.value = this.pendingSave ? 'offline' : 'unsaved';
    if (this.pendingSave) this.scheduleRetry();
  }

  /** Saves the unsaved document (if there is one). Resolves when the attempt is over. */
  save(): Promise<void> {
    this.inFlight ??= this.attempt().finally(() => { this.inFlight = undefined; });
    return this.inFlight;
  }

  /** The browser says it is online again (the `online` event). */
  connectionBack(): Promise<void> {
    return this.pendingSave && this.stateSignal.value !== 'conflict' ? this.save() : Promise.resolve();
  }

  /** After a conflict: save this page's document on top of the version that won. */
  keepMine(currentVersion: number): Promise<void> {
    this.baseSignal.value = currentVersion;
    this.conflictSignal.value = undefined;
    this.stateSignal.value = 'unsaved';
    this.keep();
    return this.save();
  }

  /** After a conflict (or a restore, or an accepted draft): the server's version is what the page now shows. */
  takeTheirs(version: number): void {
    this.clearRetry();
    this.baseSignal.value = version;
    this.conflictSignal.value = undefined;
    this.document = undefined;
    this.pendingSave = false;
    this.errorSignal.value = undefined;
    forgetDocument(this.options.storage, this.options.household, this.options.plan);
    this.stateSignal.value = 'saved';
  }

  dispose(): void {
    this.disposed = true;
    this.clearRetry();
  }

  private keep(): void {
    if (!this.document) return;
    keepDocument(this.options.storage, {
      household: this.options.household,
      plan: this.options.plan,
      baseVersion: this.baseSignal.value,
      document: this.document,
      pendingSave: this.pendingSave,
      keptAt: new Date().toISOString(),
    });
  }

  private async attempt(): Promise<void> {
    if (!this.document || this.disposed) return;
    const document = this.document;
    const changesAtStart = this.changes;
    this.clearRetry();
    this.stateSignal.value = 'saving';
    try {
      const saved = await this.options.save(document, this.baseSignal.value);
      this.baseSignal.value = saved.version;
      this.pendingSave = false;
      if (this.changes === changesAtStart) {
        this.document = undefined;
        forgetDocument(this.options.storage, this.options.household, this.options.plan);
        this.stateSignal.value = 'saved';
      } else {
        this.keep();  // edited while saving: still unsaved, now based on the new version
        this.stateSignal.value = 'unsaved';
      }
      this.options.onSaved?.(saved, document);
    } catch (error) {
      if (error instanceof NetworkError) {
        this.pendingSave = true;
        this.keep();
        this.stateSignal.value = 'offline';
        this.scheduleRetry();
      } else if (error instanceof ApiError && error.code === 'version_conflict') {
        const details = error.details as { current_version?: number } | undefined;
        this.pendingSave = false;
        this.keep();
        this.conflictSignal.value = { currentVersion: details?.current_version ?? this.baseSignal.value };
        this.stateSignal.value = 'conflict';
      } else {
        this.errorSignal.value = error instanceof Error ? error.message : String(error);
        this.stateSignal.value = 'unsaved';
      }
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined || this.disposed) return;
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = undefined;
      if (!this.pendingSave || this.stateSignal.value === 'conflict') return;
      if (this.options.isOnline() && (await this.options.reachable())) {
        await this.save();
      } else {
        this.scheduleRetry();
      }
    }, this.options.retryMs ?? 5000);
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}
