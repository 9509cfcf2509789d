import type { Core } from '@brightpath/core';
import { init } from '@brightpath/core';
import { beforeAll, describe, expect, it } from 'vitest';

import { buildPlan } from './build-plan';
import { emptyDraft } from './draft';
import {
  addChild, addCommitment, addGuardian, addResource, addSharedLesson, COMMITMENT_SUGGESTIONS, fillGradeDefaults,
  updateGuardian,
} from './draft-edits';
import type { Grade } from './grade-defaults';
import { FAMILY_LESSON_SUGGESTIONS, GRADE_BANDS, GRADES, gradeBand } from './grade-defaults';

let core: Core;
beforeAll(async () => {
  core = await init();
});

const weeklyMinutes = (grade: Grade) =>
  gradeBand(grade).subjects.reduce((sum, s) => sum + s.sessionsPerWeek * s.minutesPerSession, 0);

/** Reproducible: no clock, a fixed number of iterations. */
const solveOptions = { timeBudgetMs: 0, maxIterations: 100_000, seed: 1 };

describe('the grade defaults table', () => {
  it('has exactly one band for every grade, in order', () => {
    expect(GRADE_BANDS.flatMap((b) => b.grades)).toEqual([...GRADES]);
  });

  it('gives older children more minutes a week', () => {
    const totals = GRADE_BANDS.map((b) => weeklyMinutes(b.grades[0]));
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(new Set(totals).size).toBe(totals.length);
  });

  it('covers the core subjects states name from grade 1 on (math, reading, science, history)', () => {
    for (const band of GRADE_BANDS.filter((b) => !b.grades.includes('K'))) {
      const subjects = band.subjects.filter((s) => s.category === 'core').map((s) => s.subject.toLowerCase()).join(' ');
      expect(subjects, band.label).toMatch(/math/);
      expect(subjects, band.label).toMatch(/reading|literature|english/);
      expect(subjects, band.label).toMatch(/science/);
      expect(subjects, band.label).toMatch(/history|social studies/);
    }
  });

  it('uses lengths that fit the default 15-minute grid', () => {
    for (const s of GRADE_BANDS.flatMap((b) => b.subjects)) expect(s.minutesPerSession % 15, s.subject).toBe(0);
  });

  it.each(GRADE_BANDS.map((b) => [b.label, b.grades[0]] as const))(
    '%s: one child with one adult free all day auto-schedules to a complete week', (_label, grade) => {
      let d = addGuardian(addChild(emptyDraft('UTC'), 'Kit', grade), 'Mom');
      d = fillGradeDefaults(d);
      const result = core.solve(buildPlan(d), solveOptions);
      expect(result.status).toBe('feasible');
      expect(result.unplaced).toEqual([]);
      expect(core.validate(result.plan!).summary.errors).toBe(0);
    });

  it('the family of the setup test (K, grade 3, grade 7; Mom all day, Dad afternoons) auto-schedules with nothing missing', () => {
    let d = emptyDraft('America/Chicago');
    d = addChild(d, 'Pip', 'K');
    d = addChild(d, 'Wren', '3');
    d = addChild(d, 'Theo', '7');
    d = addGuardian(d, 'Mom');
    d = addGuardian(d, 'Dad');
    d = updateGuardian(d, d.guardians[1].key, { free: { ...d.guardians[1].free, preset: 'afternoons' } });
    d = fillGradeDefaults(d);
    d = addSharedLesson(d, FAMILY_LESSON_SUGGESTIONS[0]);
    d = addSharedLesson(d, FAMILY_LESSON_SUGGESTIONS[1]);
    d = addCommitment(d, COMMITMENT_SUGGESTIONS[0]);
    d = addResource(d, 'Piano');
    const result = core.solve(buildPlan(d), solveOptions);
    expect(result.status).toBe('feasible');
    expect(result.unplaced).toEqual([]);
    expect(core.validate(result.plan!).summary.errors).toBe(0);
  });
});
