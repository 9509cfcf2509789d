import type { Plan } from '@brightpath/core';
import { describe, expect, test } from 'vitest';

import { describeChanges, movedOrNew, weekChanges } from './plan-diff';

const week = (...placements: [string, string, string, number][]) =>
  ({ placements: placements.map(([id, day, start, duration]) => ({ id, course: 'c', day, start, duration })) }) as unknown as Plan;

describe('week changes', () => {
  const before = week(['a', 'mon', '09:00', 45], ['b', 'mon', '10:00', 45], ['c', 'tue', '09:00', 30]);
  const after = week(['a', 'mon', '09:00', 45], ['b', 'wed', '10:00', 45], ['d', 'fri', '13:00', 30]);

  test('lessons moved, added and removed, by id', () => {
    expect(weekChanges(before, after)).toEqual({ moved: ['b'], added: ['d'], removed: ['c'] });
    expect([...movedOrNew(before, after)].sort()).toEqual(['b', 'd']);
  });

  test('a longer lesson counts as moved; the same week has no changes', () => {
    expect(weekChanges(before, week(['a', 'mon', '09:00', 60], ['b', 'mon', '10:00', 45], ['c', 'tue', '09:00', 30])).moved).toEqual(['a']);
    expect(describeChanges(weekChanges(before, before))).toBe('the same lessons at the same times');
  });

  test('in plain words', () => {
    expect(describeChanges(weekChanges(before, after))).toBe('1 lesson moved, 1 lesson added, 1 lesson removed');
    expect(describeChanges({ moved: ['x', 'y'], added: [], removed: [] })).toBe('2 lessons moved');
  });
});
