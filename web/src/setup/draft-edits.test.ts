import { describe, expect, it } from 'vitest';

import { buildPlan } from './build-plan';
import { emptyDraft } from './draft';
import {
  addChild, addCommitment, addGuardian, addResource, addSharedLesson, COMMITMENT_SUGGESTIONS, fillGradeDefaults,
  removeChild, removeGuardian, removeResource, subjectsOf, updateCourse,
} from './draft-edits';
import { FAMILY_LESSON_SUGGESTIONS } from './grade-defaults';

function family() {
  let d = emptyDraft('UTC');
  d = addChild(d, 'Pip', 'K');
  d = addChild(d, 'Wren', '3');
  d = addGuardian(d, 'Mom');
  d = addGuardian(d, 'Dad');
  d = fillGradeDefaults(d);
  d = addSharedLesson(d, FAMILY_LESSON_SUGGESTIONS[0]);
  d = addCommitment(d, COMMITMENT_SUGGESTIONS[0]);
  return d;
}

describe('draft edits', () => {
  it('removing a child removes their subjects and takes them out of family lessons and commitments', () => {
    let d = family();
    const pip = d.children[0].key;
    d = removeChild(d, pip);
    expect(subjectsOf(d, pip)).toEqual([]);
    expect(d.courses.find((c) => c.shared)!.childKeys).toEqual([d.children[0].key]);
    expect(d.commitments[0].childKeys).toEqual([d.children[0].key]);
  });

  it('removing an adult hands their subjects to any free adult and takes them out of commitments', () => {
    let d = family();
    const dad = d.guardians[1].key;
    const math = subjectsOf(d, d.children[0].key)[1];
    d = updateCourse(d, math.key, { teacher: { kind: 'guardian', key: dad } });
    expect(buildPlan(d).courses!.find((c) => c.id === 'pip-math')!.guardian).toBe('dad');
    d = removeGuardian(d, dad);
    expect(d.courses.find((c) => c.key === math.key)!.teacher).toEqual({ kind: 'any' });
    expect(d.commitments[0].guardianKeys).toEqual([d.guardians[0].key]);
    expect(buildPlan(d).courses!.find((c) => c.id === 'pip-math')!.guardian).toBeUndefined();
  });

  it('a new room or thing is used by the subjects named after it, until removed', () => {
    let d = fillGradeDefaults(addChild(family(), 'Sam', '4')); // grade 4 has "Music practice"
    d = addResource(d, 'Music');
    const music = d.resources[0].key;
    const users = d.courses.filter((c) => c.resourceKeys.includes(music)).map((c) => c.subject);
    expect(users).toEqual(['Music practice', 'Music practice']);
    expect(buildPlan(d).courses!.find((c) => c.id === 'sam-music-practice')!.resources).toEqual(['music']);
    d = removeResource(d, music);
    expect(d.courses.some((c) => c.resourceKeys.length > 0)).toBe(false);
  });

  it('a family lesson takes in every child; a taught subject is teacher-led, "on their own" independent', () => {
    const plan = buildPlan(family());
    const basket = plan.courses!.find((c) => c.id === 'morning-basket')!;
    expect(basket.students).toEqual(['pip', 'wren']);
    expect(basket.teaching).toBe('teacher-led');
    expect(plan.courses!.find((c) => c.id === 'wren-reading')!.teaching).toBe('independent');
    expect(plan.commitments![0]).toMatchObject({ day: 'tue', guardians: ['mom', 'dad'], students: ['pip', 'wren'] });
  });
});
