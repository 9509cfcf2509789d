import type { Plan } from '@brightpath/core';
import { describe, expect, test } from 'vitest';

import { checkWords, courseWords, serverCheckWords } from './words';

const plan = {
  students: [{ id: 'wren', name: 'Wren' }, { id: 'theo', name: 'Theo' }],
  guardians: [{ id: 'mom', name: 'Mom', availability: [] }],
  courses: [
    { id: 'math', subject: 'Math', students: ['wren'] },
    { id: 'basket', subject: 'Morning Basket', students: ['wren', 'theo'] },
  ],
} as unknown as Plan;

describe('words for ids', () => {
  test('a course is its subject and its children', () => {
    expect(courseWords(plan, 'math')).toBe('Math for Wren');
    expect(courseWords(plan, 'basket')).toBe('Morning Basket for Wren and Theo');
  });

  test("the server's verdict without codes or severities", () => {
    expect(serverCheckWords({ errors: 0, warnings: 0 })).toBe('Checked by the server: nothing to fix');
    expect(serverCheckWords({ errors: 1, warnings: 3 })).toBe('Checked by the server: 1 to fix, 3 worth a look');
    expect(checkWords({ errors: 0, warnings: 15 })).toBe('15 worth a look');
  });
});
