// How many sessions of each course are still to place: the course's sessions a week minus
// its placed lessons. A count for the tray only; whether too few or too many is a problem
// is the core's judgement (sessions-off-target), shown in the diagnostics.
import type { Course, Plan } from '@brightpath/core';

export interface TrayItem {
  course: Course;
  /** Sessions a week not yet placed (> 0). */
  missing: number;
}

export function trayItems(plan: Plan): TrayItem[] {
  const placed = new Map<string, number>();
  for (const p of plan.placements ?? []) placed.set(p.course, (placed.get(p.course) ?? 0) + 1);
  const items: TrayItem[] = [];
  for (const course of plan.courses ?? []) {
    const missing = course.sessionsPerWeek - (placed.get(course.id) ?? 0);
    if (missing > 0) items.push({ course, missing });
  }
  return items;
}

/** An id for a new lesson of `course`, not used by any placement (ids are at most 64 characters). */
export function newLessonId(plan: Plan, course: string): string {
  const used = new Set((plan.placements ?? []).map((p) => p.id));
  const stem = course.slice(0, 56);
  for (let n = 1; ; n += 1) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
}
