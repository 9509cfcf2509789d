import { beforeAll, describe, expect, it } from 'vitest';
import type { Core, SchoolWeek } from '@brightpath/core';

import { getCore } from '../core/core';
import { example } from '../test-support/examples';
import { createPlanStore } from './plan-store';
import { problemsByLesson, problemSentence } from './problems';
import { SlotProbe, slotKey, type Slot } from './slot-probe';
import { candidateSlots, snap, snapDuration, snapStart, toClock, toMinutes } from './time-grid';
import { newLessonId, trayItems } from './tray-counts';
import { layoutWeek } from './week-layout';

const week: SchoolWeek = { schoolDays: ['mon', 'tue'], start: '08:00', end: '12:00', grid: 15 };

describe('time grid', () => {
  it('converts clock times', () => {
    expect(toMinutes('09:45')).toBe(585);
    expect(toClock(585)).toBe('09:45');
    expect(toClock(1440)).toBe('24:00');
  });

  it('snaps to the nearest grid step', () => {
    expect(snap(7, 15)).toBe(0);
    expect(snap(8, 15)).toBe(15);
    expect(snap(52, 30)).toBe(60);
  });

  it('snaps a start into the week so the whole lesson fits', () => {
    expect(snapStart(week, 8 * 60 + 22, 30)).toBe(8 * 60 + 15);
    expect(snapStart(week, 6 * 60, 30)).toBe(8 * 60);
    expect(snapStart(week, 11 * 60 + 50, 30)).toBe(11 * 60 + 30);
    expect(snapStart(week, 11 * 60 + 50, 25)).toBe(11 * 60 + 30); // 11:35 is off the grid
    expect(snapStart(week, 9 * 60, 600)).toBe(8 * 60); // longer than the week
  });

  it('snaps a duration to at least one step and at most the week end', () => {
    expect(snapDuration(week, 9 * 60, 3)).toBe(15);
    expect(snapDuration(week, 9 * 60, 38)).toBe(45);
    expect(snapDuration(week, 11 * 60, 300)).toBe(60);
  });

  it('lists every start where a lesson fits, per school day', () => {
    const slots = candidateSlots(week, 60);
    expect(slots.length).toBe(2 * 13); // 08:00 .. 11:00 in 15-minute steps
    expect(slots[0]).toEqual({ day: 'mon', start: 480 });
    expect(slots.at(-1)).toEqual({ day: 'tue', start: 660 });
  });
});

describe('tray counts', () => {
  it('counts sessions a week minus placed lessons, per course', () => {
    const plan = example('family');
    const items = trayItems(plan);
    expect(items.map((i) => [i.course.id, i.missing])).toEqual([['sam-typing', 1]]);
    plan.placements = plan.placements!.filter((p) => p.course !== 'theo-math');
    const math = plan.courses!.find((c) => c.id === 'theo-math')!;
    expect(trayItems(plan).find((i) => i.course.id === 'theo-math')?.missing).toBe(math.sessionsPerWeek);
  });

  it('leaves out courses with every session placed or more', () => {
    const plan = example('one-child');
    expect(trayItems(plan)).toEqual([]);
    plan.placements!.push({ ...plan.placements![0]!, id: 'extra' });
    expect(trayItems(plan)).toEqual([]);
  });

  it('names a new lesson after its course, unused and at most 64 characters', () => {
    const plan = example('family');
    plan.placements!.push({ ...plan.placements![0]!, id: 'sam-typing-1' });
    expect(newLessonId(plan, 'sam-typing')).toBe('sam-typing-2');
    expect(newLessonId(plan, 'x'.repeat(64)).length).toBeLessThanOrEqual(64);
  });
});

describe('week layout', () => {
  it('draws a shared lesson in each child lane, the first one focusable', () => {
    const plan = example('family');
    const monday = layoutWeek(plan, { kind: 'family' })[0]!;
    expect(monday.lanes.map((l) => l.student.id)).toEqual(['pip', 'wren', 'sam', 'theo']);
    const basket = monday.lanes.flatMap((l) => l.blocks).filter((b) => b.placement.id === 'basket-mon');
    expect(basket.map((b) => [b.student, b.primary])).toEqual([
      ['pip', true],
      ['wren', false],
      ['sam', false],
      ['theo', false],
    ]);
  });

  it('shows one child, or what one guardian teaches', () => {
    const plan = example('family');
    const wren = layoutWeek(plan, { kind: 'child', id: 'wren' });
    expect(wren[0]!.lanes.map((l) => l.student.id)).toEqual(['wren']);
    const dad = layoutWeek(plan, { kind: 'guardian', id: 'dad' });
    const courses = new Map(plan.courses!.map((c) => [c.id, c]));
    for (const day of dad) {
      for (const lane of day.lanes) {
        for (const b of lane.blocks) expect(b.placement.guardian ?? courses.get(b.placement.course)?.guardian).toBe('dad');
      }
    }
    expect(dad.flatMap((d) => d.lanes.flatMap((l) => l.blocks)).length).toBeGreaterThan(0);
  });
});

describe('problems', () => {
  it('marks each lesson with its worst severity from the report', () => {
    const problems = problemsByLesson({
      summary: { errors: 1, warnings: 2, infos: 1 },
      diagnostics: [
        { code: 'a', severity: 'warning', message: '', refs: { lessons: ['x', 'y'] } },
        { code: 'b', severity: 'error', message: '', refs: { lessons: ['x'] } },
        { code: 'c', severity: 'warning', message: '', refs: { lessons: ['x'] } },
        { code: 'd', severity: 'info', message: '', refs: { lessons: ['z'] } },
      ],
    });
    expect([...problems]).toEqual([
      ['x', 'error'],
      ['y', 'warning'],
    ]);
  });

  it('says how many problems there are in words', () => {
    expect(problemSentence({ errors: 0, warnings: 0 })).toBe('No problems in this week.');
    expect(problemSentence({ errors: 1, warnings: 2 })).toBe('1 problem needs fixing, 2 worth a look.');
    expect(problemSentence({ errors: 3, warnings: 0 })).toBe('3 problems need fixing.');
  });
});

describe('slot probe', () => {
  let core: Core;
  beforeAll(async () => {
    core = await getCore();
  });

  it('finds the slots where a drop adds an error naming the lesson, the same as applying each', () => {
    const plan = example('family');
    const store = createPlanStore(core, plan);
    const lesson = plan.placements!.find((p) => p.id === 'theo-math-mon')!;
    const queue: (() => void)[] = [];
    let updates = 0;
    const slots = candidateSlots(plan.week, lesson.duration);
    const probe = new SlotProbe(store, {
      lesson: lesson.id,
      slots,
      editsFor: (s: Slot) => [{ op: 'move', lesson: lesson.id, day: s.day, start: toClock(s.start) }],
      budgetMs: 0, // one slot per slice
      schedule: (work) => queue.push(work),
      onUpdate: () => (updates += 1),
    });
    probe.prefer('wed');
    probe.start();
    expect(updates).toBe(1);
    expect(probe.bad.size).toBeLessThanOrEqual(1);
    while (queue.length > 0) queue.shift()!();
    expect(probe.done).toBe(true);
    expect(updates).toBe(slots.length);

    // The answers equal what the core says when each slot is tried for real.
    using session = core.openSession(plan);
    for (const s of slots) {
      const r = session.apply({ op: 'move', lesson: lesson.id, day: s.day, start: toClock(s.start) });
      const bad = r.added.some((d) => d.severity === 'error' && d.refs.lessons?.includes(lesson.id));
      expect(probe.bad.has(slotKey(s.day, s.start)), `${s.day} ${toClock(s.start)}`).toBe(bad);
      session.apply({ op: 'move', lesson: lesson.id, day: lesson.day, start: lesson.start });
    }
    expect(probe.bad.has(slotKey('mon', 480))).toBe(false); // where it is now
    // Probing changed nothing.
    expect(store.revision.value).toBe(0);
    expect(store.report.value).toEqual(core.validate(plan));
    store.dispose();
  });

  it('probes the preferred day first and stops when cancelled', () => {
    const plan = example('family');
    const store = createPlanStore(core, plan);
    const lesson = plan.placements![0]!;
    const seen: string[] = [];
    const queue: (() => void)[] = [];
    const probe = new SlotProbe(store, {
      lesson: lesson.id,
      slots: candidateSlots(plan.week, lesson.duration),
      editsFor: (s) => {
        seen.push(s.day);
        return [{ op: 'move', lesson: lesson.id, day: s.day, start: toClock(s.start) }];
      },
      budgetMs: 0,
      schedule: (work) => queue.push(work),
      onUpdate: () => {},
    });
    probe.prefer('thu');
    probe.start();
    queue.shift()!();
    expect(seen).toEqual(['thu', 'thu']);
    probe.cancel();
    queue.shift()?.();
    expect(seen.length).toBe(2);
    store.dispose();
  });
});
