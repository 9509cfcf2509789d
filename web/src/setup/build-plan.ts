// The draft becomes a plan document (docs/plan-format.md, brightpath-plan v1). Existing items
// keep their ids; new ones get slugs of their names, unique in their list. The plan has no
// lessons for new subjects: "Auto-schedule" places them. Lessons of subjects that still
// exist are kept as they are (the core then says what, if anything, no longer fits); lessons
// of removed subjects go with them.
import type { Commitment, Course, Guardian, Placement, Plan, Resource, Student } from '@brightpath/core';

import { availabilityOf } from './availability';
import type { Draft, DraftCourse } from './draft';
import { uniqueId } from './ids';

/** Plan ids of a list's items, by key: kept ids first, then slugs of names for the new ones. */
function assignIds<T extends { key: string; id?: string }>(
  items: readonly T[], nameOf: (item: T) => string, fallback: string, reserved: Iterable<string> = []): Map<string, string> {
  const used = new Set([...reserved, ...items.flatMap((i) => (i.id ? [i.id] : []))]);
  const ids = new Map<string, string>();
  for (const item of items) ids.set(item.key, item.id ?? uniqueId(nameOf(item), fallback, used));
  return ids;
}

/** Plan ids of the items with these keys, then the ids an existing plan named that are not in it. */
function mapKeys(keys: readonly string[], ids: Map<string, string>, missing: readonly string[] = []): string[] {
  const found = keys.flatMap((k) => (ids.has(k) ? [ids.get(k)!] : []));
  return [...found, ...missing.filter((id) => !found.includes(id))];
}

/**
 * Sessions at least a day apart when they fit on separate days (math five times a week is
 * not twice on Monday); a course read from a plan keeps its own setting.
 */
function minDaysBetween(course: DraftCourse, schoolDays: number): number {
  return course.kept?.minDaysBetween ?? (course.sessionsPerWeek <= schoolDays ? 1 : 0);
}

/** The keys of the draft items behind each list of the plan, index for index. */
export interface PlanKeys {
  students: string[];
  guardians: string[];
  resources: string[];
  courses: string[];
  commitments: string[];
}

export function buildPlan(draft: Draft): Plan {
  return buildPlanWithKeys(draft).plan;
}

/** The plan, and which draft item each entry of its lists came from (to point at a field). */
export function buildPlanWithKeys(draft: Draft): { plan: Plan; keys: PlanKeys } {
  const { week } = draft;
  const studentIds = assignIds(draft.children, (c) => c.name, 'child');
  const guardianIds = assignIds(draft.guardians, (g) => g.name, 'adult');
  const resourceIds = assignIds(draft.resources, (r) => r.name, 'resource');
  const commitmentIds = assignIds(draft.commitments, (c) => c.name, 'commitment');

  // Family lessons are named by their subject ("morning-basket"), a child's own subjects by
  // child and subject ("wren-math"), as in the example plans. A new subject never takes the
  // id of a removed one that still has lessons: they would be kept as its lessons.
  const courses = draft.courses
    .map((c) => ({ course: c, students: mapKeys(c.childKeys, studentIds, c.missing?.students) }))
    .filter(({ students }) => students.length > 0);
  const courseIds = assignIds(courses.map(({ course }) => course),
    (c) => (c.shared ? c.subject : `${studentIds.get(c.childKeys[0])}-${c.subject}`), 'subject',
    draft.placements.map((p) => p.course));

  const students: Student[] = draft.children.map((c) => ({
    id: studentIds.get(c.key)!,
    name: c.name.trim(),
    ...(c.grade ? { grade: c.grade } : {}),
    ...c.kept,
  }));

  const guardians: Guardian[] = draft.guardians.map((g) => ({
    id: guardianIds.get(g.key)!,
    name: g.name.trim(),
    availability: availabilityOf(g.free, week),
  }));

  const resources: Resource[] = draft.resources.map((r) => ({
    id: resourceIds.get(r.key)!,
    name: r.name.trim(),
    capacity: r.capacity,
  }));

  const planCourses: Course[] = courses.map(({ course: c, students: ids }) => {
    const teacher = c.teacher.kind === 'guardian' ? guardianIds.get(c.teacher.key)
      : c.teacher.kind === 'missing' ? c.teacher.id : undefined;
    const out: Course = {
      id: courseIds.get(c.key)!,
      subject: c.subject.trim(),
      students: ids,
      sessionsPerWeek: c.sessionsPerWeek,
      minutesPerSession: c.minutesPerSession,
      ...(c.kept?.days ? { days: c.kept.days.slice() } : {}),
      ...(c.kept?.preferred ? { preferred: { ...c.kept.preferred } } : {}),
      teaching: c.teacher.kind === 'alone' ? 'independent' : 'teacher-led',
      ...(teacher ? { guardian: teacher } : {}),
      minDaysBetween: minDaysBetween(c, week.schoolDays.length),
      resources: mapKeys(c.resourceKeys, resourceIds, c.missing?.resources),
      category: c.category,
    };
    return out;
  });

  const commitments: Commitment[] = draft.commitments.map((c) => ({
    id: commitmentIds.get(c.key)!,
    name: c.name.trim(),
    day: c.day,
    start: c.start,
    end: c.end,
    guardians: mapKeys(c.guardianKeys, guardianIds, c.missing?.guardians),
    students: mapKeys(c.childKeys, studentIds, c.missing?.students),
    resources: mapKeys(c.resourceKeys, resourceIds, c.missing?.resources),
  }));

  const plan: Plan = {
    format: 'brightpath-plan',
    version: 1,
    name: draft.name,
    timeZone: week.timeZone,
    week: { schoolDays: week.schoolDays.slice(), start: week.start, end: week.end, grid: week.grid },
    guardians,
    students,
    resources,
    courses: planCourses,
    commitments,
    placements: keptPlacements(draft.placements, planCourses, guardians, resources),
    weights: { ...draft.weights },
  };
  const keys: PlanKeys = {
    students: draft.children.map((c) => c.key),
    guardians: draft.guardians.map((g) => g.key),
    resources: draft.resources.map((r) => r.key),
    courses: courses.map(({ course }) => course.key),
    commitments: draft.commitments.map((c) => c.key),
  };
  return { plan, keys };
}

/**
 * Lessons of courses that still exist. A lesson's own teacher or extra resources that were
 * removed from the household are dropped from it, so it does not point at nothing; an
 * independent course's lessons have no teacher.
 */
function keptPlacements(placements: readonly Placement[], courses: readonly Course[],
  guardians: readonly Guardian[], resources: readonly Resource[]): Placement[] {
  const byId = new Map(courses.map((c) => [c.id, c]));
  const guardianIds = new Set(guardians.map((g) => g.id));
  const resourceIds = new Set(resources.map((r) => r.id));
  return placements.flatMap((p) => {
    const course = byId.get(p.course);
    if (!course) return [];
    const kept: Placement = { ...p };
    if (kept.guardian !== undefined && (!guardianIds.has(kept.guardian) || course.teaching === 'independent')) {
      delete kept.guardian;
    }
    if (kept.resources) kept.resources = kept.resources.filter((r) => resourceIds.has(r));
    return [kept];
  });
}
