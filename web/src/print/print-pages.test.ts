import { describe, expect, it } from 'vitest';

import { example } from '../test-support/examples';
import { printPages } from './print-pages';

describe('printPages', () => {
  it('makes one page per child with every lesson of the child and its commitments, in time order', () => {
    const plan = example('family');
    const pages = printPages(plan, 'child');
    expect(pages.map((p) => p.title)).toEqual(['Pip (grade K)', 'Wren (grade 2)', 'Sam (grade 5)', 'Theo (grade 8)']);
    const theo = pages[3]!;
    const courses = new Map(plan.courses!.map((c) => [c.id, c]));
    const theirs = plan.placements!.filter((p) => courses.get(p.course)!.students.includes('theo'));
    const commitments = plan.commitments!.filter((c) => c.students?.includes('theo'));
    expect(theo.days.flatMap((d) => d.entries).length).toBe(theirs.length + commitments.length);
    for (const d of theo.days) expect(d.entries.map((e) => e.start)).toEqual([...d.entries.map((e) => e.start)].sort((a, b) => a - b));
    const monday = theo.days[0]!.entries[0]!;
    expect(monday).toMatchObject({ time: '8:00–8:45', what: 'Pre-algebra', who: 'Mom' });
  });

  it("makes one page per guardian with the lessons they teach and the children's names", () => {
    const plan = example('family');
    const pages = printPages(plan, 'guardian');
    expect(pages.map((p) => p.title)).toEqual(['Mom', 'Dad']);
    const basket = pages[0]!.days[0]!.entries.find((e) => e.what === 'Morning Basket');
    expect(basket?.who).toBe('Pip, Wren, Sam and Theo');
  });
});
