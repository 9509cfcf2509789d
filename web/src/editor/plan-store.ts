// The plan being edited, checked by the core. Every change goes through one core Session,
// so the report is always the core's own; undo and redo apply the inverse (or the original)
// edits to that same session rather than reopening the plan.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  DecodeError,
  type Core,
  type Diagnostic,
  type Edit,
  type Plan,
  type Session,
  type ValidationReport,
} from '@brightpath/core';

import { inverseEdit, mirrorEdit, UnknownTarget } from './mirror-edit';

export type ApplyResult = { ok: true } | { ok: false; message: string };

/** What trying an edit would add, for shading a slot while a lesson is dragged. */
export interface ProbeResult {
  ok: boolean;
  /** Diagnostics the edit would add, in the core's display order. */
  added: Diagnostic[];
}

export interface PlanStore {
  readonly plan: ReadonlySignal<Plan>;
  readonly report: ReadonlySignal<ValidationReport>;
  /** +1 on every change (edit, undo, redo, replace). */
  readonly revision: ReadonlySignal<number>;
  readonly canUndo: ReadonlySignal<boolean>;
  readonly canRedo: ReadonlySignal<boolean>;
  /** What the next undo / redo would undo / redo, for a button's title. */
  readonly undoLabel: ReadonlySignal<string | undefined>;
  readonly redoLabel: ReadonlySignal<string | undefined>;
  /** Applies the edits as one step (one undo); a refused edit leaves everything unchanged. */
  apply(edits: Edit | Edit[], label?: string): ApplyResult;
  /** Applies the edits to the session, reads what they would add, and takes them back. No signal changes. */
  probe(edits: Edit | Edit[]): ProbeResult;
  /** A new document (a saved version, a draft, the setup's result); throws PlanDecodeError for an invalid one. */
  replace(plan: Plan, options?: { keepHistory?: boolean }): void;
  undo(): void;
  redo(): void;
  dispose(): void;
}

interface Step {
  label: string;
  forward: Edit[];
  /** Takes the step back, already in the order to apply. */
  backward: Edit[];
}

export interface PlanStoreOptions {
  /**
   * The core's report of `plan`, already made (in a Web Worker, open-plan-store.ts). The
   * page's session then opens when the page is idle or at the first edit, whichever comes
   * first, instead of holding up the first paint.
   */
  report?: ValidationReport;
}

export function createPlanStore(core: Core, initial: Plan, options: PlanStoreOptions = {}): PlanStore {
  let opened: Session | undefined = options.report ? undefined : core.openSession(initial);
  let disposed = false;
  const plan = signal<Plan>(initial);
  const report = signal<ValidationReport>(options.report ?? opened!.diagnostics());
  // The session of the current document, opened on first need.
  const live = (): Session => {
    if (!opened) {
      const began = performance.now();
      opened = core.openSession(plan.value);
      performance.measure('session-open', { start: began });
    }
    return opened;
  };
  if (!opened) {
    const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 0));
    idle(() => {
      if (!disposed) live();
    });
  }
  const revision = signal(0);
  const undoStack = signal<Step[]>([]);
  const redoStack = signal<Step[]>([]);

  // Applies edits in order; on a refusal takes back the ones already applied.
  function run(edits: Edit[]): { ok: true; plan: Plan; backward: Edit[] } | { ok: false; message: string } {
    let current = plan.value;
    const backward: Edit[] = [];
    for (const edit of edits) {
      let message: string | undefined;
      try {
        const inverse = inverseEdit(current, edit);
        const result = live().apply(edit);
        if (result.ok) {
          backward.unshift(inverse);
          current = mirrorEdit(current, edit);
          continue;
        }
        message = result.error;
      } catch (error) {
        if (!(error instanceof DecodeError || error instanceof UnknownTarget)) throw error;
        message = error.message;
      }
      for (const inverse of backward) live().apply(inverse);
      return { ok: false, message: message ?? 'the edit was refused' };
    }
    return { ok: true, plan: current, backward };
  }

  function changed(next: Plan) {
    plan.value = next;
    report.value = live().diagnostics();
    revision.value += 1;
  }

  const store: PlanStore = {
    plan,
    report,
    revision,
    canUndo: computed(() => undoStack.value.length > 0),
    canRedo: computed(() => redoStack.value.length > 0),
    undoLabel: computed(() => undoStack.value.at(-1)?.label),
    redoLabel: computed(() => redoStack.value.at(-1)?.label),

    apply(editOrEdits, label) {
      const edits = Array.isArray(editOrEdits) ? editOrEdits : [editOrEdits];
      if (edits.length === 0) return { ok: true };
      const result = run(edits);
      if (!result.ok) return { ok: false, message: result.message };
      undoStack.value = [...undoStack.value, { label: label ?? describe(edits[0]!), forward: edits, backward: result.backward }];
      redoStack.value = [];
      changed(result.plan);
      return { ok: true };
    },

    probe(editOrEdits) {
      const edits = Array.isArray(editOrEdits) ? editOrEdits : [editOrEdits];
      const added: Diagnostic[] = [];
      const backward: Edit[] = [];
      let current = plan.value;
      let ok = true;
      for (const edit of edits) {
        let inverse: Edit;
        try {
          inverse = inverseEdit(current, edit);
        } catch {
          ok = false;
          break;
        }
        const result = live().apply(edit);
        if (!result.ok) {
          ok = false;
          break;
        }
        added.push(...result.added);
        backward.unshift(inverse);
        if (edits.length > 1) current = mirrorEdit(current, edit);
      }
      // applyJson: the answer to a take-back is not needed, so it is not parsed.
      for (const inverse of backward) live().applyJson(inverse);
      return { ok, added: ok ? added : [] };
    },

    replace(next, options) {
      const fresh = core.openSession(next);
      opened?.dispose();
      opened = fresh;
      if (!options?.keepHistory) {
        undoStack.value = [];
        redoStack.value = [];
      }
      changed(next);
    },

    undo() {
      step(undoStack, redoStack, (s) => s.backward);
    },

    redo() {
      step(redoStack, undoStack, (s) => s.forward);
    },

    dispose() {
      disposed = true;
      opened?.dispose();
    },
  };

  // Moves one step from one stack to the other. A step that no longer applies (the document
  // was replaced with keepHistory and the lesson is gone) ends both histories: they describe
  // a different document now.
  function step(from: typeof undoStack, to: typeof undoStack, edits: (s: Step) => Edit[]) {
    const top = from.value.at(-1);
    if (!top) return;
    const result = run(edits(top));
    if (!result.ok) {
      undoStack.value = [];
      redoStack.value = [];
      return;
    }
    from.value = from.value.slice(0, -1);
    to.value = [...to.value, top];
    changed(result.plan);
  }

  return store;
}

function describe(edit: Edit): string {
  switch (edit.op) {
    case 'move':
      return 'Move lesson';
    case 'resize':
      return 'Change length';
    case 'add':
      return 'Add lesson';
    case 'remove':
      return 'Remove lesson';
    case 'set-guardian':
      return 'Change who teaches';
    case 'set-availability':
      return 'Change when free';
  }
}
