// The repository's example plans, the fixtures every test suite shares. Each call returns a
// fresh copy, so a test may change it.
import type { Plan } from '@brightpath/core';

import coop300 from '../../../examples/coop-300.json?raw';
import familyConflicts from '../../../examples/family-conflicts.json?raw';
import family from '../../../examples/family.json?raw';
import oneChild from '../../../examples/one-child.json?raw';

const texts = { family, 'family-conflicts': familyConflicts, 'one-child': oneChild, 'coop-300': coop300 };

export function example(name: keyof typeof texts): Plan {
  return JSON.parse(texts[name]) as Plan;
}
