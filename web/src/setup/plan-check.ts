// The core reads the finished plan before it leaves the flow. The form asks only for what is
// missing; whether a name, a time zone or a time is acceptable in a plan is the decoder's
// judgement (docs/plan-format.md), so anything it refuses comes back here as a problem on the
// step and field it concerns, in the decoder's own words.
import type { DecodeProblem, Plan } from '@brightpath/core';
import { PlanDecodeError } from '@brightpath/core';

import { getCore } from '../core/core';
import type { PlanKeys } from './build-plan';
import type { Draft } from './draft';
import type { Problem } from './problems';
import { fieldId } from './problems';
import type { StepName } from './step-ids';
import { STEP } from './step-ids';

export type PlacedProblem = Problem & { step: number };

const WEEK_FIELDS: Record<string, string> = {
  schoolDays: 'setup-week-day-mon', start: 'setup-week-start', end: 'setup-week-end', grid: 'setup-week-grid',
};
const COURSE_FIELDS: Record<string, string> = { subject: 'subject', sessionsPerWeek: 'sessions', minutesPerSession: 'minutes' };
const COMMITMENT_FIELDS: Record<string, string> = {
  name: 'name', day: 'day', start: 'from', end: 'to', guardians: 'who', students: 'who', resources: 'who',
};
const RESOURCE_FIELDS: Record<string, string> = { name: 'name', capacity: 'capacity' };

/** Where a decoder problem belongs in the flow, from its JSON path. */
export function placeProblem(error: DecodeProblem, keys: PlanKeys, draft: Draft): PlacedProblem {
  const [list, index, member] = error.path.split('/').slice(1);
  const at = (step: StepName, field: string, label: string): PlacedProblem =>
    ({ step: STEP[step], field, message: `${label}: ${error.message}` });
  const n = Number(index);
  switch (list) {
    case 'timeZone':
      return at('week', 'setup-week-zone', 'Time zone');
    case 'week':
      return at('week', WEEK_FIELDS[index] ?? 'setup-week-start', 'School week');
    case 'students':
      return at('children', fieldId(keys.students[n], member === 'grade' ? 'grade' : 'name'), `Child ${n + 1}`);
    case 'guardians':
      return at('guardians', fieldId(keys.guardians[n], 'name'), `Adult ${n + 1}`);
    case 'resources':
      return at('resources', fieldId(keys.resources[n], RESOURCE_FIELDS[member] ?? 'name'), `Room or thing ${n + 1}`);
    case 'commitments':
      return at('commitments', fieldId(keys.commitments[n], COMMITMENT_FIELDS[member] ?? 'name'), `Commitment ${n + 1}`);
    case 'courses': {
      const course = draft.courses.find((c) => c.key === keys.courses[n]);
      const label = course?.subject.trim() || 'A subject';
      return at(course?.shared ? 'shared' : 'subjects', fieldId(keys.courses[n], COURSE_FIELDS[member] ?? 'subject'), label);
    }
    default:
      return { step: STEP.review, field: 'setup-finish', message: error.message };
  }
}

/** The decoder's problems with the plan, placed in the flow; none when the plan reads. */
export async function checkPlan(plan: Plan, keys: PlanKeys, draft: Draft): Promise<PlacedProblem[]> {
  const core = await getCore();
  try {
    core.validate(plan);
    return [];
  } catch (error) {
    if (error instanceof PlanDecodeError) return error.errors.map((e) => placeProblem(e, keys, draft));
    throw error;
  }
}
