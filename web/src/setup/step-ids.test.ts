import { expect, it } from 'vitest';

import { STEPS } from './SetupFlow';
import { STEP } from './step-ids';

it('names the steps in the order the flow shows them (the review\'s "Change" buttons and the core\'s findings go by it)', () => {
  expect(STEPS.map((s) => s.title)).toEqual([
    'Your school week', 'Children', 'Adults who teach', 'Subjects', 'Family lessons', 'Commitments',
    'Rooms and shared things', 'Review',
  ]);
  expect(Object.values(STEP)).toEqual(STEPS.map((_, i) => i));
  expect(STEPS[STEP.subjects].title).toBe('Subjects');
  expect(STEPS[STEP.shared].title).toBe('Family lessons');
});
