// The flow's edits of a draft that touch more than one field: pure functions from a draft to
// a new draft, so the screens stay thin and the behaviour is unit-tested without a DOM.
import type { DayCode } from '@brightpath/core';

import type { Draft, DraftChild, DraftCommitment, DraftCourse, DraftGuardian, DraftResource } from './draft';
import { newKey } from './draft';
import type { Grade, SubjectDefault } from './grade-defaults';
import { isGrade, subjectsForGrade } from './grade-defaults';

export function courseFromDefault(d: SubjectDefault, childKeys: string[], shared: boolean): DraftCourse {
  return {
    key: newKey('course'),
    subject: d.subject,
    childKeys,
    shared,
    sessionsPerWeek: d.sessionsPerWeek,
    minutesPerSession: d.minutesPerSession,
    teacher: d.teaching === 'independent' ? { kind: 'alone' } : { kind: 'any' },
    resourceKeys: [],
    category: d.category,
  };
}

/** A child's own subjects (not the family lessons), in order. */
export function subjectsOf(draft: Draft, childKey: string): DraftCourse[] {
  return draft.courses.filter((c) => !c.shared && c.childKeys[0] === childKey);
}

export function addChild(draft: Draft, name = '', grade = ''): Draft {
  const child: DraftChild = { key: newKey('child'), name, grade, subjects: 'unset' };
  return { ...draft, children: [...draft.children, child] };
}

export function updateChild(draft: Draft, key: string, change: Partial<Pick<DraftChild, 'name' | 'grade'>>): Draft {
  return { ...draft, children: draft.children.map((c) => (c.key === key ? { ...c, ...change } : c)) };
}

/** Removes a child, its own subjects, and it from family lessons and commitments. */
export function removeChild(draft: Draft, key: string): Draft {
  const without = (keys: string[]) => keys.filter((k) => k !== key);
  return {
    ...draft,
    children: draft.children.filter((c) => c.key !== key),
    courses: draft.courses
      .filter((c) => c.shared || c.childKeys[0] !== key)
      .map((c) => ({ ...c, childKeys: without(c.childKeys) })),
    commitments: draft.commitments.map((c) => ({ ...c, childKeys: without(c.childKeys) })),
  };
}

/**
 * Fills in the grade defaults of every child whose subjects are not filled yet, or were
 * filled for another grade and not touched since (the parent corrected the grade).
 */
export function fillGradeDefaults(draft: Draft): Draft {
  const due = (c: DraftChild) => isGrade(c.grade) && c.subjects !== 'edited'
    && (c.subjects === 'unset' || c.subjects.defaultsOf !== c.grade);
  if (!draft.children.some(due)) return draft;
  let courses = draft.courses;
  const children = draft.children.map((child) => {
    if (!due(child)) return child;
    const grade = child.grade as Grade; // due() checked it
    const fresh = subjectsForGrade(grade).map((d) => courseFromDefault(d, [child.key], false));
    const mine = (c: DraftCourse) => !c.shared && c.childKeys[0] === child.key;
    const at = courses.findIndex(mine);
    const rest = courses.filter((c) => !mine(c));
    courses = at < 0 ? [...rest, ...fresh] : [...rest.slice(0, at), ...fresh, ...rest.slice(at)];
    return { ...child, subjects: { defaultsOf: grade } };
  });
  return { ...draft, children, courses };
}

/** The parent changed these children's subjects: a later grade change no longer replaces them. */
function markEdited(draft: Draft, childKeys: string[]): DraftChild[] {
  return draft.children.map((c) => (childKeys.includes(c.key) ? { ...c, subjects: 'edited' } : c));
}

export function updateCourse(draft: Draft, key: string, change: Partial<Omit<DraftCourse, 'key' | 'id'>>): Draft {
  const course = draft.courses.find((c) => c.key === key);
  if (!course) return draft;
  return {
    ...draft,
    children: course.shared ? draft.children : markEdited(draft, course.childKeys),
    courses: draft.courses.map((c) => (c.key === key ? { ...c, ...change } : c)),
  };
}

export function addSubject(draft: Draft, childKey: string, subject = ''): Draft {
  const child = draft.children.find((c) => c.key === childKey);
  const length = child?.grade === 'K' ? 15 : 30;
  const course = courseFromDefault(
    { subject, sessionsPerWeek: 3, minutesPerSession: length, teaching: 'teacher-led', category: 'core' },
    [childKey], false);
  const mine = subjectsOf(draft, childKey);
  const after = mine.length ? draft.courses.indexOf(mine[mine.length - 1]) + 1 : draft.courses.length;
  const courses = [...draft.courses.slice(0, after), course, ...draft.courses.slice(after)];
  return { ...draft, children: markEdited(draft, [childKey]), courses };
}

export function removeCourse(draft: Draft, key: string): Draft {
  const course = draft.courses.find((c) => c.key === key);
  if (!course) return draft;
  return {
    ...draft,
    children: course.shared ? draft.children : markEdited(draft, course.childKeys),
    courses: draft.courses.filter((c) => c.key !== key),
  };
}

/**
 * "Copy to Wren": the sibling's subjects become copies of this child's. A subject the sibling
 * already had under the same name keeps its identity (and so its lessons in the week).
 */
export function copySubjects(draft: Draft, fromKey: string, toKey: string): Draft {
  if (fromKey === toKey) return draft;
  const theirs = subjectsOf(draft, toKey);
  const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const copies = subjectsOf(draft, fromKey).map((source) => {
    const match = theirs.find((t) => sameName(t.subject, source.subject));
    return {
      ...source,
      key: match?.key ?? newKey('course'),
      id: match?.id,
      kept: match?.kept,
      childKeys: [toKey],
      resourceKeys: source.resourceKeys.slice(),
    };
  });
  const at = theirs.length ? draft.courses.indexOf(theirs[0]) : draft.courses.length;
  const rest = draft.courses.filter((c) => !theirs.includes(c));
  const before = rest.filter((c) => draft.courses.indexOf(c) < at);
  const after = rest.filter((c) => draft.courses.indexOf(c) >= at);
  return {
    ...draft,
    children: markEdited(draft, [toKey]),
    courses: [...before, ...copies, ...after],
  };
}

/** A family lesson for every child, from a suggestion or blank. */
export function addSharedLesson(draft: Draft, suggestion?: SubjectDefault): Draft {
  const d = suggestion ?? { subject: '', sessionsPerWeek: 2, minutesPerSession: 30, teaching: 'teacher-led', category: 'core' };
  const course = courseFromDefault(d, draft.children.map((c) => c.key), true);
  return { ...draft, courses: [...draft.courses, course] };
}

export function addGuardian(draft: Draft, name = ''): Draft {
  const { schoolDays, start, end } = draft.week;
  const guardian: DraftGuardian = {
    key: newKey('guardian'),
    name,
    free: { preset: 'all-day', days: schoolDays.slice(), start, end, windows: [] },
  };
  return { ...draft, guardians: [...draft.guardians, guardian] };
}

export function updateGuardian(draft: Draft, key: string, change: Partial<Omit<DraftGuardian, 'key' | 'id'>>): Draft {
  return { ...draft, guardians: draft.guardians.map((g) => (g.key === key ? { ...g, ...change } : g)) };
}

/** Removes an adult; subjects they taught go to "any free adult", commitments lose them. */
export function removeGuardian(draft: Draft, key: string): Draft {
  return {
    ...draft,
    guardians: draft.guardians.filter((g) => g.key !== key),
    courses: draft.courses.map((c) =>
      c.teacher.kind === 'guardian' && c.teacher.key === key ? { ...c, teacher: { kind: 'any' } } : c),
    commitments: draft.commitments.map((c) => ({ ...c, guardianKeys: c.guardianKeys.filter((k) => k !== key) })),
  };
}

export interface CommitmentTemplate {
  name: string;
  day: DayCode;
  start: string;
  end: string;
  /** Everybody goes (a co-op day), or the parent picks who (an outside lesson). */
  everybody: boolean;
}

export const COMMITMENT_SUGGESTIONS: readonly CommitmentTemplate[] = [
  { name: 'Co-op', day: 'tue', start: '09:00', end: '12:00', everybody: true },
  { name: 'Outside lesson', day: 'wed', start: '15:00', end: '16:00', everybody: false },
];

export function addCommitment(draft: Draft, template?: CommitmentTemplate): Draft {
  const t = template ?? { name: '', day: draft.week.schoolDays[0] ?? 'mon', start: '09:00', end: '10:00', everybody: false };
  const commitment: DraftCommitment = {
    key: newKey('commitment'),
    name: t.name,
    day: t.day,
    start: t.start,
    end: t.end,
    guardianKeys: t.everybody ? draft.guardians.map((g) => g.key) : [],
    childKeys: t.everybody ? draft.children.map((c) => c.key) : [],
    resourceKeys: [],
  };
  return { ...draft, commitments: [...draft.commitments, commitment] };
}

export function updateCommitment(draft: Draft, key: string, change: Partial<Omit<DraftCommitment, 'key' | 'id'>>): Draft {
  return { ...draft, commitments: draft.commitments.map((c) => (c.key === key ? { ...c, ...change } : c)) };
}

export function removeCommitment(draft: Draft, key: string): Draft {
  return { ...draft, commitments: draft.commitments.filter((c) => c.key !== key) };
}

export const RESOURCE_SUGGESTIONS: readonly string[] = ['Piano', 'Laptop', 'Kitchen table'];

/**
 * A room or shared thing. Subjects whose name contains it ("Piano" → "Piano practice") are
 * marked as using it, which the parent can change.
 */
export function addResource(draft: Draft, name = ''): Draft {
  const resource: DraftResource = { key: newKey('resource'), name, capacity: 1 };
  const word = name.trim().toLowerCase();
  const courses = draft.courses.map((c) =>
    word && c.subject.toLowerCase().includes(word) ? { ...c, resourceKeys: [...c.resourceKeys, resource.key] } : c);
  return { ...draft, resources: [...draft.resources, resource], courses };
}

export function updateResource(draft: Draft, key: string, change: Partial<Omit<DraftResource, 'key' | 'id'>>): Draft {
  return { ...draft, resources: draft.resources.map((r) => (r.key === key ? { ...r, ...change } : r)) };
}

export function removeResource(draft: Draft, key: string): Draft {
  const without = (keys: string[]) => keys.filter((k) => k !== key);
  return {
    ...draft,
    resources: draft.resources.filter((r) => r.key !== key),
    courses: draft.courses.map((c) => ({ ...c, resourceKeys: without(c.resourceKeys) })),
    commitments: draft.commitments.map((c) => ({ ...c, resourceKeys: without(c.resourceKeys) })),
  };
}

/** Marks a subject as using a resource or not (the resource step's checkboxes). */
export function setCourseUsesResource(draft: Draft, courseKey: string, resourceKey: string, uses: boolean): Draft {
  const course = draft.courses.find((c) => c.key === courseKey);
  return {
    ...draft,
    children: course && !course.shared ? markEdited(draft, course.childKeys) : draft.children,
    courses: draft.courses.map((c) => {
      if (c.key !== courseKey) return c;
      const resourceKeys = c.resourceKeys.filter((k) => k !== resourceKey);
      return { ...c, resourceKeys: uses ? [...resourceKeys, resourceKey] : resourceKeys };
    }),
  };
}
