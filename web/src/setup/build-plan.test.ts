import type { Core, Plan } from '@brightpath/core';
import { init } from '@brightpath/core';
import { beforeAll, describe, expect, it } from 'vitest';

import { example } from '../test-support/examples';
import { buildPlan } from './build-plan';
import type { Draft } from './draft';
import { emptyDraft } from './draft';
import {
  addChild, addCommitment, addSubject, addGuardian, addResource, addSharedLesson, COMMITMENT_SUGGESTIONS, copySubjects,
  fillGradeDefaults, removeCourse, removeGuardian, subjectsOf, updateChild, updateCourse, updateGuardian,
} from './draft-edits';
import { draftFromPlan } from './draft-from-plan';
import { FAMILY_LESSON_SUGGESTIONS } from './grade-defaults';

let core: Core;
beforeAll(async () => {
  core = await init();
});

const family = (): Plan => example('family');

/** The family of the setup e2e test: three children (K, 3rd, 7th grade), two adults. */
function threeChildren(): Draft {
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
  return d;
}

describe('buildPlan', () => {
  it('makes a plan the core accepts with no errors, from defaults alone', () => {
    const plan = buildPlan(threeChildren());
    const report = core.validate(plan);
    expect(report.summary.errors).toBe(0);
    expect(plan.placements).toEqual([]);
    expect(plan.students!.map((s) => [s.id, s.name, s.grade])).toEqual([['pip', 'Pip', 'K'], ['wren', 'Wren', '3'], ['theo', 'Theo', '7']]);
  });

  it('names ids after what the parent typed, unique in their list', () => {
    let d = threeChildren();
    d = addChild(d, 'Wren', '3'); // two children called Wren
    d = addChild(d, '李', '1'); // no Latin letters to make a slug of
    d = addResource(d, 'Piano');
    d = fillGradeDefaults(d);
    const plan = buildPlan(d);
    expect(plan.students!.map((s) => s.id)).toEqual(['pip', 'wren', 'theo', 'wren-2', 'child']);
    expect(plan.guardians!.map((g) => g.id)).toEqual(['mom', 'dad']);
    const ids = plan.courses!.map((c) => c.id);
    expect(ids).toContain('morning-basket');
    expect(ids).toContain('read-aloud');
    expect(ids).toContain('wren-math');
    expect(ids).toContain('wren-2-math');
    expect(ids).toContain('child-math');
    expect(new Set(ids).size).toBe(ids.length);
    expect(plan.commitments!.map((c) => c.id)).toEqual(['co-op']);
    expect(core.validate(plan).summary.errors).toBe(0);
  });

  it('turns presets into availability windows on the chosen school days', () => {
    const plan = buildPlan(threeChildren());
    const [mom, dad] = plan.guardians!;
    expect(mom.availability).toHaveLength(5);
    expect(mom.availability[0]).toEqual({ day: 'mon', start: '08:00', end: '15:00' });
    expect(dad.availability[2]).toEqual({ day: 'wed', start: '12:00', end: '15:00' });
  });

  it('keeps the lessons of courses that still exist and drops those of removed ones', () => {
    const original = family();
    let d = draftFromPlan(original);
    const theoMath = d.courses.find((c) => c.id === 'theo-math')!;
    d = removeCourse(d, theoMath.key);
    const plan = buildPlan(d);
    const lessonsOf = (p: Plan, course: string) => p.placements!.filter((l) => l.course === course);
    expect(lessonsOf(plan, 'theo-math')).toEqual([]);
    expect(lessonsOf(plan, 'sam-math')).toEqual(lessonsOf(original, 'sam-math'));
    expect(plan.placements!.length).toBe(original.placements!.length - lessonsOf(original, 'theo-math').length);
  });

  it('keeps ids an existing plan names but does not hold (the core reports them; the flow changes nothing)', () => {
    const original = family();
    const art = original.courses!.find((c) => c.id === 'art')!;
    art.students = ['pip', 'zoe'];
    art.guardian = 'grandma';
    art.resources = ['easel'];
    original.commitments![0].guardians = ['mom', 'grandma'];
    const again = buildPlan(draftFromPlan(original));
    expect(again.courses!.find((c) => c.id === 'art')).toMatchObject({ students: ['pip', 'zoe'], guardian: 'grandma', resources: ['easel'] });
    expect(again.commitments![0].guardians).toEqual(['mom', 'grandma']);
    expect(core.validateJson(again)).toBe(core.validateJson(original));
  });

  it('never gives a new subject the id of a removed one, whose lessons then go with it', () => {
    let d = draftFromPlan(family());
    const wren = d.children.find((c) => c.id === 'wren')!.key;
    d = removeCourse(d, d.courses.find((c) => c.id === 'wren-math')!.key);
    d = addSubject(d, wren, 'Math');
    const plan = buildPlan(d);
    const math = plan.courses!.find((c) => c.subject === 'Math' && c.students[0] === 'wren')!;
    expect(math.id).toBe('wren-math-2');
    expect(plan.placements!.filter((p) => p.course === 'wren-math' || p.course === math.id)).toEqual([]);
  });

  it('drops a removed adult from the lessons they taught, and the teacher of lessons of work done alone', () => {
    const original = family();
    let d = draftFromPlan(original);
    d = removeGuardian(d, d.guardians.find((g) => g.id === 'dad')!.key);
    const readAloud = d.courses.find((c) => c.id === 'read-aloud')!;
    d = updateCourse(d, readAloud.key, { teacher: { kind: 'alone' } });
    const plan = buildPlan(d);
    expect(plan.placements!.some((p) => p.guardian === 'dad')).toBe(false);
    expect(plan.placements!.filter((p) => p.course === 'read-aloud').map((p) => p.guardian)).toEqual(
      original.placements!.filter((p) => p.course === 'read-aloud').map(() => undefined));
    expect(plan.courses!.find((c) => c.id === 'nature')!.guardian).toBeUndefined();
    expect(plan.placements!.length).toBe(original.placements!.length);
    expect(core.validate(plan).summary).toBeDefined(); // still a document the core reads
  });

  it('gives back the same plan when nothing was changed', () => {
    const original = family();
    const again = buildPlan(draftFromPlan(original));
    expect(core.validateJson(again)).toBe(core.validateJson(original));
    // Equal documents: compare the core's own canonical encoding of both.
    const session = (p: Plan) => {
      const s = core.openSession(p);
      try {
        return s.planJson();
      } finally {
        s.dispose();
      }
    };
    expect(session(again)).toBe(session(original));
  });
});

describe('grade defaults and copying', () => {
  it('fills each child with the subjects of their grade', () => {
    const d = threeChildren();
    const subjects = (name: string) => subjectsOf(d, d.children.find((c) => c.name === name)!.key).map((c) => c.subject);
    expect(subjects('Pip')).toEqual(['Phonics', 'Math', 'Handwriting', 'Art']);
    expect(subjects('Theo')).toContain('Literature');
    const pipMath = subjectsOf(d, d.children[0].key)[1];
    expect(pipMath.minutesPerSession).toBe(15);
  });

  it('refills the defaults when the grade changes, unless the parent changed the subjects', () => {
    let d = threeChildren();
    const pip = d.children[0].key;
    d = fillGradeDefaults(updateChild(d, pip, { grade: '9' }));
    expect(subjectsOf(d, pip).map((c) => c.subject)).toContain('English');
    d = updateCourse(d, subjectsOf(d, pip)[0].key, { sessionsPerWeek: 2 });
    d = fillGradeDefaults(updateChild(d, pip, { grade: 'K' }));
    expect(subjectsOf(d, pip).map((c) => c.subject)).toContain('English');
  });

  it('copies one child\'s subjects to a sibling, reusing the sibling\'s subjects of the same name', () => {
    let d = draftFromPlan(family());
    const sam = d.children.find((c) => c.id === 'sam')!.key;
    const wren = d.children.find((c) => c.id === 'wren')!.key;
    d = copySubjects(d, sam, wren);
    const wrens = subjectsOf(d, wren);
    expect(wrens.map((c) => c.subject)).toEqual(subjectsOf(d, sam).map((c) => c.subject));
    expect(wrens.find((c) => c.subject === 'Math')!.id).toBe('wren-math'); // kept: its lessons stay
    expect(wrens.find((c) => c.subject === 'Math')!.minutesPerSession).toBe(45); // Sam's length
    const plan = buildPlan(d);
    expect(plan.courses!.find((c) => c.id === 'wren-math')!.students).toEqual(['wren']);
    expect(plan.courses!.some((c) => c.id === 'wren-science' && c.students[0] === 'wren')).toBe(true);
    expect(plan.placements!.some((p) => p.course === 'wren-math')).toBe(true);
    expect(plan.placements!.some((p) => p.course === 'wren-audiobook')).toBe(false);
    expect(core.validate(plan).summary.errors).toBeGreaterThanOrEqual(0); // decodes
  });
});
