// Whether the plan on screen is saved, and getting it saved: on "Save", and by itself when a
// connection comes back for a change made (or a save tried) without one. Every change is
// kept in localStorage first (kept-document.ts). A save that lost a race (409
// version_conflict) stops here and waits for the parent's choice (keepMine / takeTheirs).
//
// A save can reach the server and its answer be lost (the connection dropped on the way
// back); the next try then meets its own earlier save as a 409. A conflict whose current
// version holds exactly the document being saved is that: it is taken as saved, not shown.
//
// No request is trusted to end by itself: a browser may leave one sent into no network
// hanging, and a save waiting on it would never be tried again. So a save or a look for the
// server that gets no answer in time counts as "no connection", and the connection coming
// back starts a new save instead of waiting on one begun without it.
import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Plan } from '@brightpath/core';

import { isConflict, NetworkError, type ApiError, type PlanDocument, type SavedVersion } from '../api';
import { forgetDocument, keepDocument, keptDocument, type KeptDocument, type KeyValueStorage } from './kept-document';
import { sameDocument } from './same-document';

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
  /**
   * Stores `document` as the version after `baseVersion`; throws NetworkError or ApiError.
   * `signal` aborts the request when the controller no longer waits for it.
   */
  save(document: Plan, baseVersion: number, signal: AbortSignal): Promise<SavedVersion>;
  /** The server's document at `version` (to tell a lost answer from a conflict); without it every 409 is a conflict. */
  load?(version: number): Promise<PlanDocument>;
  /** Whether the server answers at all. */
  reachable(signal: AbortSignal): Promise<boolean>;
  /** navigator.onLine, or a fake. */
  isOnline(): boolean;
  /** How often to look for the server while offline (ms); a look that takes longer finds nothing. */
  retryMs?: number;
  /** How long a save may wait for its answer before it counts as sent without a connection (ms). */
  saveTimeoutMs?: number;
  /** Called after every successful save with the server's answer. */
  onSaved?(saved: SavedVersion, document: Plan): void;
}

/** One save on its way; `abort` stops waiting for it (timed out, or abandoned). */
interface Attempt {
  abort: AbortController;
  beganOffline: boolean;
  done: Promise<void>;
}

/** `work`, or the abort's reason as soon as `signal` aborts, whether or not `work` ever ends. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });
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
  private running: Attempt | undefined;
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
    if (!this.running) {
      const attempt: Attempt = { abort: new AbortController(), beganOffline: !this.options.isOnline(), done: Promise.resolve() };
      this.running = attempt;
      attempt.done = this.attempt(attempt).finally(() => {
        if (this.running === attempt) this.running = undefined;
      });
    }
    return this.running.done;
  }

  /** The browser says it is online again (the `online` event). */
  connectionBack(): Promise<void> {
    if (!this.pendingSave || this.stateSignal.value === 'conflict') return Promise.resolve();
    // A save begun while the browser was offline is not waited on: it may never end. A new
    // one goes out now (should the old one have got through after all, the new one meets it
    // as a conflict with this very document, which counts as saved).
    if (this.running?.beganOffline) {
      this.running.abort.abort(new NetworkError('abandoned: the connection came back'));
      this.running = undefined;
    }
    return this.save();
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

  private async attempt(attempt: Attempt): Promise<void> {
    if (!this.document || this.disposed) return;
    const document = this.document;
    const changesAtStart = this.changes;
    this.clearRetry();
    this.stateSignal.value = 'saving';
    const { signal } = attempt.abort;
    const timeout = setTimeout(() => attempt.abort.abort(new NetworkError('no answer in time')), this.options.saveTimeoutMs ?? 30_000);
    try {
      let saved: SavedVersion;
      try {
        saved = await untilAborted(this.options.save(document, this.baseSignal.value, signal), signal);
      } catch (error) {
        const stored = isConflict(error) ? await untilAborted(this.storedAlready(document, error), signal) : undefined;
        if (!stored) throw error;
        saved = stored;
      }
      if (this.running !== attempt) return;  // abandoned: the attempt that replaced it tells
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
      if (this.running !== attempt) return;
      if (error instanceof NetworkError) {
        this.pendingSave = true;
        this.keep();
        this.stateSignal.value = 'offline';
        this.scheduleRetry();
      } else if (isConflict(error)) {
        const details = error.details as { current_version?: number } | undefined;
        this.pendingSave = false;
        this.keep();
        this.conflictSignal.value = { currentVersion: details?.current_version ?? this.baseSignal.value };
        this.stateSignal.value = 'conflict';
      } else {
        this.errorSignal.value = error instanceof Error ? error.message : String(error);
        this.stateSignal.value = 'unsaved';
      }
    } finally {
      clearTimeout(timeout);
    }
  }

  /** The server's current version when it is `document` itself (an earlier save of it got through). */
  private async storedAlready(document: Plan, conflict: ApiError): Promise<SavedVersion | undefined> {
    const version = (conflict.details as { current_version?: number } | undefined)?.current_version;
    if (!this.options.load || typeof version !== 'number') return undefined;
    try {
      const current = await this.options.load(version);
      return sameDocument(current.plan, document) ? { id: current.id, version: current.version, diagnostics: current.diagnostics } : undefined;
    } catch {
      return undefined;  // cannot tell: it is the conflict the server says
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined || this.disposed) return;
    const retryMs = this.options.retryMs ?? 5000;
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = undefined;
      if (!this.pendingSave || this.stateSignal.value === 'conflict') return;
      if (this.options.isOnline() && (await this.reachableWithin(retryMs))) {
        await this.save();
      } else {
        this.scheduleRetry();
      }
    }, retryMs);
  }

  private async reachableWithin(ms: number): Promise<boolean> {
    const abort = new AbortController();
    const timeout = setTimeout(() => abort.abort(new NetworkError('no answer in time')), ms);
    try {
      return await untilAborted(this.options.reachable(abort.signal), abort.signal);
    } catch {
      return false;
    } finally {
      clearTimeout(timeout);
    }
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}
