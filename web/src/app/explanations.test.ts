// The solver's reasons arranged next to what they concern, for any result status.
import type { Plan } from '@brightpath/core';
import { describe, expect, test } from 'vitest';

import { draftHeadline, explanationItems } from './explanations';

const plan = {
  students: [{ id: 'lily', name: 'Lily' }],
  guardians: [{ id: 'mom', name: 'Mom', availability: [] }],
  courses: [
    { id: 'math', subject: 'Math', students: ['lily'] },
    { id: 'reading', subject: 'Reading', students: ['lily'] },
    { id: 'art', subject: 'Art', students: ['lily'] },
  ],
} as unknown as Plan;

const overloaded = {
  code: 'guardian-overloaded',
  message: 'Mom teaches 10 h of lessons a week but is available 1 h on school days.',
  refs: [{ kind: 'guardians', id: 'mom' }, { kind: 'courses', id: 'math' }, { kind: 'courses', id: 'reading' }, { kind: 'courses', id: 'art' }],
};

describe('explanations of a week with sessions left out', () => {
  test("a reason lists the courses it kept out; a course it does not cover gets the solver's own sentence", () => {
    const items = explanationItems(plan, {
      unplaced: [{ course: 'math', count: 5 }, { course: 'reading', count: 1 }],
      explanations: [
        { ...overloaded, refs: overloaded.refs.filter((r) => r.id !== 'reading') },
        { code: 'unplaced-sessions', message: '5 of 5 sessions of Math for Lily could not be placed.', refs: [{ kind: 'courses', id: 'math' }] },
        { code: 'unplaced-sessions', message: '1 of 5 sessions of Reading for Lily could not be placed: Mom is busy at 12 of its 20 starts.', refs: [{ kind: 'courses', id: 'reading' }] },
      ],
    });
    expect(items).toEqual([
      { kind: 'reason', message: overloaded.message, concerns: expect.any(Array), leftOut: [{ course: 'math', words: 'Math for Lily: 5 sessions not placed' }] },
      { kind: 'course', course: 'reading', message: '1 of 5 sessions of Reading for Lily could not be placed: Mom is busy at 12 of its 20 starts.' },
    ]);
  });

  test('a course left out with no explanation at all is still said, in words', () => {
    expect(explanationItems(plan, { unplaced: [{ course: 'art', count: 1 }], explanations: [] }))
      .toEqual([{ kind: 'course', course: 'art', message: 'Art for Lily: 1 session could not be placed.' }]);
  });

  test('nothing left out and nothing explained: nothing to show', () => {
    expect(explanationItems(plan, { unplaced: [], explanations: [] })).toEqual([]);
  });
});

describe('draftHeadline', () => {
  test('says "cannot" only for a proved impossibility, "not found" when the search ran out of time', () => {
    expect(draftHeadline({ status: 'feasible', unplaced: [] })).toBe('A complete week was found.');
    expect(draftHeadline({ status: 'infeasible', unplaced: [{ course: 'x', count: 1 }] })).toMatch(/^This week cannot be completed/);
    for (const status of ['incomplete', 'something-new']) {
      const words = draftHeadline({ status, unplaced: [{ course: 'x', count: 1 }] });
      expect(words).toMatch(/^No complete week was found in the time given/);
      expect(words).not.toMatch(/cannot/);
    }
    expect(draftHeadline({ status: 'cancelled', unplaced: [] })).toMatch(/^Stopped early; this is the best week/);
    expect(draftHeadline({ status: 'cancelled', unplaced: [{ course: 'x', count: 2 }] })).toMatch(/before every lesson was placed/);
  });
});
