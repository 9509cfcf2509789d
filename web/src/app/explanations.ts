// Why auto-schedule left sessions out, arranged for the parent: each of the solver's reasons
// (in its own plain words: "Mom teaches 10 h 30 min of lessons a week but is available 1 h")
// with the courses it kept out listed under it, then each course left out for which no
// such reason was given, with the solver's sentence about it (or the count). Whatever the
// result's status (feasible, incomplete, infeasible, cancelled, or one added later), this
// is built from `unplaced` and `explanations` alone.
import type { Plan } from '@brightpath/core';

import type { JobResult, SolveExplanation } from '../api';
import { courseWords, sessions } from './words';

export interface LeftOut {
  course: string;
  /** "Reading for Lily: 5 sessions not placed". */
  words: string;
}

export type ExplanationItem =
  | { kind: 'reason'; message: string; concerns: SolveExplanation['refs']; leftOut: LeftOut[] }
  | { kind: 'course'; course: string; message: string };

// The solver's sentence about one course's sessions left out (it names the course itself).
const perCourse = 'unplaced-sessions';

export function explanationItems(plan: Plan, result: Pick<JobResult, 'unplaced' | 'explanations'>): ExplanationItem[] {
  const count = new Map(result.unplaced.map((u) => [u.course, u.count]));
  const leftOut = (course: string): LeftOut => ({ course, words: `${courseWords(plan, course)}: ${sessions(count.get(course)!)} not placed` });
  const covered = new Set<string>();
  const items: ExplanationItem[] = [];
  for (const e of result.explanations) {
    if (e.code === perCourse) continue;
    const courses = [...new Set(e.refs.filter((r) => r.kind === 'courses' && count.has(r.id)).map((r) => r.id))];
    courses.forEach((c) => covered.add(c));
    items.push({ kind: 'reason', message: e.message, concerns: e.refs, leftOut: courses.map(leftOut) });
  }
  for (const { course, count: n } of result.unplaced) {
    if (covered.has(course)) continue;
    const own = result.explanations.find((e) => e.code === perCourse && e.refs.some((r) => r.kind === 'courses' && r.id === course));
    items.push({ kind: 'course', course, message: own?.message ?? `${courseWords(plan, course)}: ${sessions(n)} could not be placed.` });
  }
  return items;
}

// The first sentence over the draft. "Cannot" only when the solver proved it (status
// `infeasible` comes with a counted proof); otherwise the search ran out of time, and saying
// "impossible" about a possible week would be wrong.
export function draftHeadline(result: Pick<JobResult, 'status' | 'unplaced'> | null | undefined): string {
  switch (result?.status) {
    case 'feasible':
      return 'A complete week was found.';
    case 'infeasible':
      return 'This week cannot be completed as described; this is the closest one, and below is why.';
    case 'cancelled':
      if (result.unplaced.length === 0) return 'Stopped early; this is the best week found so far.';
      return 'Stopped early, before every lesson was placed; this is the closest week so far.';
    default:
      return 'No complete week was found in the time given; this is the closest one.';
  }
}
