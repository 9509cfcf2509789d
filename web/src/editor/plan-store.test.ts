import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core, Edit, Plan } from '@brightpath/core';

import { getCore } from '../core/core';
import { example } from '../test-support/examples';
import { createPlanStore, type PlanStore } from './plan-store';

let core: Core;
let store: PlanStore;
beforeAll(async () => {
  core = await getCore();
});
afterEach(() => store?.dispose());

function lesson(plan: Plan, id: string) {
  return plan.placements!.find((p) => p.id === id)!;
}

describe('createPlanStore', () => {
  it('starts with the core report of the plan and revision 0', () => {
    const plan = example('family-conflicts');
    store = createPlanStore(core, plan);
    expect(store.report.value).toEqual(core.validate(plan));
    expect(store.revision.value).toBe(0);
    expect(store.canUndo.value).toBe(false);
    expect(store.canRedo.value).toBe(false);
  });

  it('applies an edit: the plan, the report from the core and the revision change', () => {
    const plan = example('family');
    store = createPlanStore(core, plan);
    const id = plan.placements![0]!.id;
    expect(store.apply({ op: 'move', lesson: id, day: 'tue', start: '10:00' })).toEqual({ ok: true });
    expect(lesson(store.plan.value, id)).toMatchObject({ day: 'tue', start: '10:00' });
    expect(store.report.value).toEqual(core.validate(store.plan.value));
    expect(store.revision.value).toBe(1);
    expect(store.canUndo.value).toBe(true);
    expect(lesson(plan, id).day).toBe(plan.placements![0]!.day); // the caller's object is untouched
  });

  it('keeps the plan equal to the core session plan through every kind of edit', () => {
    const plan = example('family');
    store = createPlanStore(core, plan);
    const [a, b, c] = plan.placements!;
    const edits: Edit[] = [
      { op: 'move', lesson: a!.id, day: 'wed', start: '13:15' },
      { op: 'resize', lesson: b!.id, duration: b!.duration + 15 },
      { op: 'set-guardian', lesson: c!.id, guardian: 'dad' },
      { op: 'remove', lesson: b!.id },
      { op: 'add', lesson: { ...b!, id: 'copy-of-b', day: 'fri', start: '14:00' } },
      { op: 'set-availability', guardian: 'dad', availability: [{ day: 'mon', start: '09:00', end: '12:00' }] },
    ];
    const result = store.apply(edits);
    expect(result).toEqual({ ok: true });
    using session = core.openSession(plan);
    for (const e of edits) session.apply(e);
    // The session writes defaults out (locked: false, ...): compare both as the core reads them.
    using mirrored = core.openSession(store.plan.value);
    expect(mirrored.plan()).toEqual(session.plan());
    expect(store.report.value).toEqual(session.diagnostics());
  });

  it('refuses an edit the core refuses, with its message, and changes nothing', () => {
    const plan = example('family');
    store = createPlanStore(core, plan);
    const before = store.report.value;
    const result = store.apply({ op: 'resize', lesson: plan.placements![0]!.id, duration: 0 });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.message).toMatch(/\S/);
    expect(store.plan.value).toBe(plan);
    expect(store.report.value).toBe(before);
    expect(store.revision.value).toBe(0);
    expect(store.canUndo.value).toBe(false);
  });

  it('refuses an edit naming a lesson the plan does not have', () => {
    store = createPlanStore(core, example('family'));
    const result = store.apply({ op: 'move', lesson: 'no-such-lesson', day: 'mon', start: '09:00' });
    expect(result).toEqual({ ok: false, message: 'there is no lesson "no-such-lesson"' });
  });

  it('refuses a batch as a whole when a later edit is refused, taking back the earlier ones', () => {
    const plan = example('family');
    store = createPlanStore(core, plan);
    const [a] = plan.placements!;
    const result = store.apply([
      { op: 'move', lesson: a!.id, day: 'fri', start: '14:00' },
      { op: 'move', lesson: a!.id, day: 'sun', start: '25:00' },
    ]);
    expect(result.ok).toBe(false);
    expect(store.plan.value).toBe(plan);
    // The session was taken back too: the next edit's report matches a fresh check.
    store.apply({ op: 'resize', lesson: a!.id, duration: a!.duration });
    expect(store.report.value).toEqual(core.validate(plan));
  });

  it('undoes and redoes, each a change with a new revision, the report always the core one', () => {
    const plan = example('family');
    store = createPlanStore(core, plan);
    const id = plan.placements![3]!.id;
    const original = core.validate(plan);
    store.apply({ op: 'move', lesson: id, day: 'tue', start: '10:00' });
    const moved = store.report.value;
    store.apply({ op: 'remove', lesson: id }, 'Remove it');
    expect(store.undoLabel.value).toBe('Remove it');

    store.undo();
    expect(store.revision.value).toBe(3);
    expect(store.report.value).toEqual(moved);
    expect(lesson(store.plan.value, id)).toMatchObject({ day: 'tue', start: '10:00' });
    store.undo();
    expect(store.report.value).toEqual(original);
    expect(lesson(store.plan.value, id)).toEqual(lesson(plan, id));
    expect(store.canUndo.value).toBe(false);
    expect(store.canRedo.value).toBe(true);

    store.redo();
    store.redo();
    expect(store.plan.value.placements!.some((p) => p.id === id)).toBe(false);
    expect(store.report.value).toEqual(core.validate(store.plan.value));
    expect(store.canRedo.value).toBe(false);
    expect(store.revision.value).toBe(6);
  });

  it('forgets what could be redone after a new edit', () => {
    const plan = example('family');
    store = createPlanStore(core, plan);
    const id = plan.placements![0]!.id;
    store.apply({ op: 'move', lesson: id, day: 'tue', start: '10:00' });
    store.undo();
    store.apply({ op: 'move', lesson: id, day: 'wed', start: '10:00' });
    expect(store.canRedo.value).toBe(false);
  });

  it('undoes a batch as one step', () => {
    const plan = example('family');
    store = createPlanStore(core, plan);
    const [a, b] = plan.placements!;
    store.apply([
      { op: 'move', lesson: a!.id, day: 'fri', start: '14:00' },
      { op: 'remove', lesson: b!.id },
    ]);
    store.undo();
    expect(new Set(store.plan.value.placements!.map((p) => p.id))).toEqual(new Set(plan.placements!.map((p) => p.id)));
    expect(lesson(store.plan.value, a!.id)).toEqual(a);
    expect(store.report.value).toEqual(core.validate(plan));
  });

  it('probes an edit without changing anything', () => {
    const plan = example('family');
    store = createPlanStore(core, plan);
    const theo = plan.placements!.find((p) => p.course === 'theo-biology')!;
    const probe = store.probe({ op: 'move', lesson: theo.id, day: 'tue', start: '10:00' });
    expect(probe.ok).toBe(true);
    expect(probe.added.some((d) => d.severity === 'error' && d.refs.lessons?.includes(theo.id))).toBe(true);
    expect(store.revision.value).toBe(0);
    store.apply({ op: 'resize', lesson: theo.id, duration: theo.duration });
    expect(store.report.value).toEqual(core.validate(plan));
  });

  it('replaces the document: a fresh check, a new revision, history cleared unless kept', () => {
    store = createPlanStore(core, example('family'));
    const id = store.plan.value.placements![0]!.id;
    store.apply({ op: 'move', lesson: id, day: 'tue', start: '10:00' });
    const other = example('family-conflicts');
    store.replace(other, { keepHistory: true });
    expect(store.plan.value).toBe(other);
    expect(store.report.value).toEqual(core.validate(other));
    expect(store.revision.value).toBe(2);
    expect(store.canUndo.value).toBe(true);
    store.replace(example('one-child'));
    expect(store.canUndo.value).toBe(false);
    expect(store.revision.value).toBe(3);
  });

  it('throws for an invalid replacement and keeps the current document', () => {
    const plan = example('family');
    store = createPlanStore(core, plan);
    expect(() => store.replace({ ...plan, week: { ...plan.week, grid: 7 as 5 } })).toThrow(/grid/);
    expect(store.plan.value).toBe(plan);
    expect(store.apply({ op: 'remove', lesson: plan.placements![0]!.id })).toEqual({ ok: true });
  });
});

describe('createPlanStore with a report made elsewhere (in a worker)', () => {
  it('shows that report at once and opens its session at the first edit', () => {
    const plan = example('family-conflicts');
    const made = core.validate(plan);
    store = createPlanStore(core, plan, { report: made });
    expect(store.report.value).toBe(made);
    const id = plan.placements![0]!.id;
    expect(store.apply({ op: 'move', lesson: id, day: 'tue', start: '13:00' })).toEqual({ ok: true });
    expect(store.report.value).toEqual(core.validate(store.plan.value));
    store.undo();
    expect(store.report.value).toEqual(made);
  });

  it('opens its session when idle, and a disposed store opens none', async () => {
    const plan = example('family');
    const before = performance.getEntriesByName('session-open').length;
    store = createPlanStore(core, plan, { report: core.validate(plan) });
    const other = createPlanStore(core, plan, { report: core.validate(plan) });
    other.dispose();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(performance.getEntriesByName('session-open').length).toBe(before + 1);
  });
});
