// An existing plan read back into the flow's draft, for "edit the household": every field
// the flow shows is filled in, the rest is kept on the item and written back unchanged.
import type { Plan } from '@brightpath/core';

import { freeTimeOf } from './availability';
import type { Draft, DraftCourse, MissingIds, Teacher } from './draft';
import { newKey } from './draft';

export function draftFromPlan(plan: Plan): Draft {
  const week = {
    schoolDays: plan.week.schoolDays.slice(),
    start: plan.week.start,
    end: plan.week.end,
    grid: plan.week.grid,
    timeZone: plan.timeZone,
  };
  const keyOf = new Map<string, string>(); // "kind:id" → key
  const key = (kind: string, id: string) => {
    const k = newKey(kind);
    keyOf.set(`${kind}:${id}`, k);
    return k;
  };
  const keysOf = (kind: string, ids: readonly string[] | undefined) =>
    (ids ?? []).flatMap((id) => (keyOf.has(`${kind}:${id}`) ? [keyOf.get(`${kind}:${id}`)!] : []));
  const unknown = (kind: string, ids: readonly string[] | undefined) =>
    (ids ?? []).filter((id) => !keyOf.has(`${kind}:${id}`));
  /** The ids of these lists that name nothing in the plan; undefined when all are found. */
  const missingOf = (lists: { students?: string[]; guardians?: string[]; resources?: string[] }) => {
    const missing: MissingIds = {};
    if (unknown('child', lists.students).length) missing.students = unknown('child', lists.students);
    if (unknown('guardian', lists.guardians).length) missing.guardians = unknown('guardian', lists.guardians);
    if (unknown('resource', lists.resources).length) missing.resources = unknown('resource', lists.resources);
    return Object.keys(missing).length ? missing : undefined;
  };

  const children = (plan.students ?? []).map(({ id, name, grade, ...kept }) => ({
    key: key('child', id),
    id,
    name,
    grade: grade ?? '',
    subjects: 'edited' as const,
    ...(Object.keys(kept).length ? { kept } : {}),
  }));
  const guardians = (plan.guardians ?? []).map((g) => ({
    key: key('guardian', g.id),
    id: g.id,
    name: g.name,
    free: freeTimeOf(g.availability, week),
  }));
  const resources = (plan.resources ?? []).map((r) => ({
    key: key('resource', r.id),
    id: r.id,
    name: r.name,
    capacity: r.capacity ?? 1,
  }));
  const courses: DraftCourse[] = (plan.courses ?? []).map((c) => {
    const guardian = c.guardian ? keysOf('guardian', [c.guardian])[0] : undefined;
    const teacher: Teacher = c.teaching === 'independent' ? { kind: 'alone' }
      : guardian ? { kind: 'guardian', key: guardian }
        : c.guardian ? { kind: 'missing', id: c.guardian } : { kind: 'any' };
    const childKeys = keysOf('child', c.students);
    const missing = missingOf({ students: c.students, resources: c.resources });
    const kept: DraftCourse['kept'] = {};
    if (c.days) kept.days = c.days.slice();
    if (c.preferred) kept.preferred = { ...c.preferred };
    kept.minDaysBetween = c.minDaysBetween ?? 0;
    return {
      key: key('course', c.id),
      id: c.id,
      subject: c.subject,
      childKeys,
      // A course of none of the plan's children shows with the family lessons, where the
      // parent can choose who takes it or remove it.
      shared: c.students.length > 1 || childKeys.length === 0,
      sessionsPerWeek: c.sessionsPerWeek,
      minutesPerSession: c.minutesPerSession,
      teacher,
      resourceKeys: keysOf('resource', c.resources),
      category: c.category ?? 'core',
      kept,
      ...(missing ? { missing } : {}),
    };
  });
  const commitments = (plan.commitments ?? []).map((c) => ({
    key: key('commitment', c.id),
    id: c.id,
    name: c.name,
    day: c.day,
    start: c.start,
    end: c.end,
    guardianKeys: keysOf('guardian', c.guardians),
    childKeys: keysOf('child', c.students),
    resourceKeys: keysOf('resource', c.resources),
    ...(missingOf(c) ? { missing: missingOf(c) } : {}),
  }));
  return {
    name: plan.name ?? '',
    week,
    children,
    guardians,
    courses,
    commitments,
    resources,
    placements: (plan.placements ?? []).map((p) => ({ ...p })),
    weights: { ...(plan.weights ?? {}) },
  };
}
