import { describe, expect, it } from 'vitest';
import type { Edit } from '@brightpath/core';

import { example } from '../test-support/examples';
import { inverseEdit, mirrorEdit, UnknownTarget } from './mirror-edit';

describe('mirrorEdit and inverseEdit', () => {
  const plan = example('family');
  const [a, b] = plan.placements!;
  const edits: Edit[] = [
    { op: 'move', lesson: a!.id, day: 'thu', start: '10:15' },
    { op: 'resize', lesson: a!.id, duration: 90 },
    { op: 'set-guardian', lesson: a!.id, guardian: 'dad' },
    { op: 'set-guardian', lesson: a!.id, guardian: null },
    { op: 'remove', lesson: b!.id },
    { op: 'add', lesson: { id: 'new-one', course: b!.course, day: 'fri', start: '09:00', duration: 30 } },
    { op: 'set-availability', guardian: 'mom', availability: [] },
  ];

  for (const edit of edits) {
    it(`takes back ${edit.op} ${JSON.stringify(edit).slice(0, 60)}`, () => {
      const inverse = inverseEdit(plan, edit);
      const after = mirrorEdit(plan, edit);
      const back = mirrorEdit(after, inverse);
      // A removed lesson comes back at the end of the list: compare by id.
      const byId = (p: typeof plan) => new Map((p.placements ?? []).map((x) => [x.id, x]));
      expect(byId(back)).toEqual(byId(plan));
      expect(back.guardians).toEqual(plan.guardians);
    });
  }

  it('leaves the document it was given unchanged', () => {
    const before = JSON.stringify(plan);
    for (const edit of edits) mirrorEdit(plan, edit);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('names the lesson or guardian an edit refers to that the plan does not have', () => {
    expect(() => inverseEdit(plan, { op: 'remove', lesson: 'nope' })).toThrow(new UnknownTarget('there is no lesson "nope"'));
    expect(() => inverseEdit(plan, { op: 'set-availability', guardian: 'aunt', availability: [] })).toThrow(/there is no guardian "aunt"/);
  });
});
