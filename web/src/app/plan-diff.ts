// What differs between two versions of a week, lesson by lesson (placements by id): used
// to mark what the solver's draft moved and to summarise a save conflict in plain words.
import type { Placement, Plan } from '@brightpath/core';

export interface WeekChanges {
  /** In `after` at another day, start or length than in `before`. */
  moved: string[];
  /** In `after` only. */
  added: string[];
  /** In `before` only. */
  removed: string[];
}

const slot = (p: Placement) => `${p.day} ${p.start} ${p.duration}`;

export function weekChanges(before: Plan, after: Plan): WeekChanges {
  const old = new Map((before.placements ?? []).map((p) => [p.id, p]));
  const now = new Map((after.placements ?? []).map((p) => [p.id, p]));
  const changes: WeekChanges = { moved: [], added: [], removed: [] };
  for (const [id, p] of now) {
    const was = old.get(id);
    if (!was) changes.added.push(id);
    else if (slot(was) !== slot(p)) changes.moved.push(id);
  }
  for (const id of old.keys()) if (!now.has(id)) changes.removed.push(id);
  return changes;
}

/** The lessons to mark in a draft: those that moved or are new. */
export function movedOrNew(before: Plan, after: Plan): Set<string> {
  const c = weekChanges(before, after);
  return new Set([...c.moved, ...c.added]);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 lessons moved, 1 added" or "the same lessons at the same times". */
export function describeChanges(c: WeekChanges, sameWeekText = 'the same lessons at the same times'): string {
  const parts = [
    c.moved.length ? `${plural(c.moved.length, 'lesson')} moved` : '',
    c.added.length ? `${plural(c.added.length, 'lesson')} added` : '',
    c.removed.length ? `${plural(c.removed.length, 'lesson')} removed` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : sameWeekText;
}
