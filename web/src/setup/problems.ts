// What is still missing on a step before "Next" (a name not typed, a commitment nobody goes
// to). These are the form's own questions; whether what was typed is acceptable in a plan is
// the core's judgement (plan-check.ts, on "Create week"), and the week editor's after that.
import type { Draft } from './draft';
import { minutes } from './availability';

export interface Problem {
  /** The id of the input to focus. */
  field: string;
  message: string;
}

export const fieldId = (key: string, what: string) => `setup-${key}-${what}`;

export function weekProblems(draft: Draft): Problem[] {
  const { week } = draft;
  const out: Problem[] = [];
  if (week.schoolDays.length === 0) out.push({ field: 'setup-week-day-mon', message: 'Choose at least one school day.' });
  if (!week.start || !week.end || minutes(week.end) <= minutes(week.start)) {
    out.push({ field: 'setup-week-end', message: 'School must end after it starts.' });
  }
  // Whether a name is in the time zone database is the core's to say (on "Create week").
  if (!week.timeZone) out.push({ field: 'setup-week-zone', message: 'Enter a time zone.' });
  return out;
}

export function childrenProblems(draft: Draft): Problem[] {
  const out: Problem[] = [];
  if (draft.children.length === 0) out.push({ field: 'setup-add-child', message: 'Add at least one child.' });
  draft.children.forEach((c, i) => {
    if (!c.name.trim()) out.push({ field: fieldId(c.key, 'name'), message: `Enter the name of child ${i + 1}.` });
    if (!c.grade) out.push({ field: fieldId(c.key, 'grade'), message: `Choose a grade for ${c.name.trim() || `child ${i + 1}`}.` });
  });
  return out;
}

export function guardiansProblems(draft: Draft): Problem[] {
  const out: Problem[] = [];
  if (draft.guardians.length === 0) out.push({ field: 'setup-add-guardian', message: 'Add at least one adult who teaches.' });
  draft.guardians.forEach((g, i) => {
    const name = g.name.trim() || `adult ${i + 1}`;
    if (!g.name.trim()) out.push({ field: fieldId(g.key, 'name'), message: `Enter the name of adult ${i + 1}.` });
    if (g.free.preset === 'custom' && (!g.free.start || !g.free.end || minutes(g.free.end) <= minutes(g.free.start))) {
      out.push({ field: fieldId(g.key, 'to'), message: `${name}'s free time must end after it starts.` });
    }
  });
  return out;
}

function courseProblems(draft: Draft, shared: boolean): Problem[] {
  const out: Problem[] = [];
  for (const c of draft.courses.filter((course) => course.shared === shared)) {
    const label = c.subject.trim() || 'A subject';
    if (!c.subject.trim()) out.push({ field: fieldId(c.key, 'subject'), message: 'Enter the name of every subject.' });
    if (!(c.sessionsPerWeek >= 1 && c.sessionsPerWeek <= 14)) {
      out.push({ field: fieldId(c.key, 'sessions'), message: `${label}: times a week must be 1 to 14.` });
    }
    if (!(c.minutesPerSession >= 5 && c.minutesPerSession <= 240)) {
      out.push({ field: fieldId(c.key, 'minutes'), message: `${label}: minutes must be 5 to 240.` });
    }
    if (shared && c.childKeys.length === 0) out.push({ field: fieldId(c.key, 'children'), message: `${label}: choose who takes part.` });
  }
  return out;
}

export const subjectsProblems = (draft: Draft) => courseProblems(draft, false);
export const sharedProblems = (draft: Draft) => courseProblems(draft, true);

export function commitmentsProblems(draft: Draft): Problem[] {
  const out: Problem[] = [];
  for (const c of draft.commitments) {
    const label = c.name.trim() || 'A commitment';
    if (!c.name.trim()) out.push({ field: fieldId(c.key, 'name'), message: 'Enter the name of every commitment.' });
    if (!c.start || !c.end || minutes(c.end) <= minutes(c.start)) out.push({ field: fieldId(c.key, 'to'), message: `${label} must end after it starts.` });
    if (c.guardianKeys.length + c.childKeys.length + c.resourceKeys.length === 0) {
      out.push({ field: fieldId(c.key, 'who'), message: `${label}: choose who goes.` });
    }
  }
  return out;
}

export function resourcesProblems(draft: Draft): Problem[] {
  const out: Problem[] = [];
  for (const r of draft.resources) {
    if (!r.name.trim()) out.push({ field: fieldId(r.key, 'name'), message: 'Enter the name of every room or thing.' });
    if (!(r.capacity >= 1 && r.capacity <= 1000)) out.push({ field: fieldId(r.key, 'capacity'), message: `${r.name.trim() || 'A room or thing'}: how many at once must be 1 to 1000.` });
  }
  return out;
}
