import { describe, expect, it } from 'vitest';

import { buildPlanWithKeys } from './build-plan';
import { emptyDraft } from './draft';
import { addChild, addGuardian, addSharedLesson, fillGradeDefaults, subjectsOf, updateCourse } from './draft-edits';
import { checkPlan } from './plan-check';
import { fieldId } from './problems';
import { STEP } from './step-ids';

function draft() {
  let d = emptyDraft('UTC');
  d = addChild(d, 'Pip', 'K');
  d = addChild(d, 'Wren\u202e', '3'); // a right-to-left override, pasted with the name
  d = addGuardian(d, 'Mom');
  return fillGradeDefaults(addSharedLesson(d));
}

describe('the core\'s reading of the finished plan', () => {
  it('finds nothing in a plan of ordinary names', async () => {
    let d = emptyDraft('UTC');
    d = fillGradeDefaults(addGuardian(addChild(d, 'Pip', 'K'), 'Mom'));
    const { plan, keys } = buildPlanWithKeys(d);
    expect(await checkPlan(plan, keys, d)).toEqual([]);
  });

  it('puts what the decoder refuses on the step and field it concerns, in its words', async () => {
    let d = draft();
    const wren = d.children[1];
    const math = subjectsOf(d, wren.key)[0];
    d = updateCourse(d, math.key, { subject: 'Math\u0007' });
    const shared = d.courses.find((c) => c.shared)!;
    d = updateCourse(d, shared.key, { subject: 'Poetry\u202e' });
    const { plan, keys } = buildPlanWithKeys(d);
    const problems = await checkPlan(plan, keys, d);
    expect(problems).toContainEqual({
      step: STEP.children,
      field: fieldId(wren.key, 'name'),
      message: expect.stringMatching(/^Child 2: U\+202E right-to-left override is not allowed in a name/),
    });
    expect(problems).toContainEqual(expect.objectContaining({ step: STEP.subjects, field: fieldId(math.key, 'subject') }));
    expect(problems).toContainEqual(expect.objectContaining({ step: STEP.shared, field: fieldId(shared.key, 'subject') }));
  });
});

describe('the time zone', () => {
  it('is the core\'s to accept, with its guess when a name is close', async () => {
    const d = fillGradeDefaults(addGuardian(addChild(emptyDraft('America/Chicgo'), 'Pip', 'K'), 'Mom'));
    const { plan, keys } = buildPlanWithKeys(d);
    expect(await checkPlan(plan, keys, d)).toEqual([{
      step: STEP.week,
      field: 'setup-week-zone',
      message: 'Time zone: "America/Chicgo" is not in the IANA time zone database; did you mean "America/Chicago"?',
    }]);
  });
});
