// What the setup flow edits: the household as the parent describes it, before it becomes a
// plan document (build-plan.ts). Items are known by a `key` that never changes while the
// flow is open; `id` is the plan id of an item read from an existing plan (kept, so its
// placements and history still point at it), absent for new items, whose ids are made from
// their names when the plan is built.
import type { Course, DayCode, Placement, SchoolWeek, Student } from '@brightpath/core';

import type { FreeTime } from './availability';
import type { Grade } from './grade-defaults';

export const DAYS: readonly DayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const DAY_NAMES: Record<DayCode, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};
export const DAY_SHORT: Record<DayCode, string> = {
  mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun',
};

export interface DraftWeek {
  schoolDays: DayCode[];
  start: string;
  end: string;
  grid: SchoolWeek['grid'];
  timeZone: string;
}

/**
 * Where a child's subjects come from: not filled yet, the defaults of a grade (refilled when
 * the grade changes, as long as the parent has not touched them), or edited by the parent.
 */
export type SubjectsSource = 'unset' | 'edited' | { defaultsOf: Grade };

export interface DraftChild {
  key: string;
  id?: string;
  name: string;
  /** A grade of the K–12 select, "" before one is chosen, or another grade read from a plan ("Pre-K"), kept. */
  grade: string;
  subjects: SubjectsSource;
  /** Fields of an existing student the flow does not show (school day, daily maximum). */
  kept?: Omit<Student, 'id' | 'name' | 'grade'>;
}

export interface DraftGuardian {
  key: string;
  id?: string;
  name: string;
  free: FreeTime;
}

/**
 * Who teaches a course: any free adult, one adult (a guardian's key), nobody (independent
 * work), or, read from a plan, a guardian id that is not in it (kept as it is: the core
 * reports it, the flow does not quietly change it).
 */
export type Teacher = { kind: 'any' } | { kind: 'alone' } | { kind: 'guardian'; key: string } | { kind: 'missing'; id: string };

/** Ids an existing plan names that are not in it, kept so that opening the flow changes nothing. */
export interface MissingIds {
  students?: string[];
  guardians?: string[];
  resources?: string[];
}

export interface DraftCourse {
  key: string;
  id?: string;
  subject: string;
  /** One child, or several for a family lesson. */
  childKeys: string[];
  /** A family lesson (shown in the shared-lessons step, however many children it has). */
  shared: boolean;
  sessionsPerWeek: number;
  minutesPerSession: number;
  teacher: Teacher;
  resourceKeys: string[];
  category: 'core' | 'elective';
  /** Fields of an existing course the flow does not show (days, preferred time, spacing). */
  kept?: Pick<Course, 'days' | 'preferred' | 'minDaysBetween'>;
  missing?: MissingIds;
}

export interface DraftCommitment {
  key: string;
  id?: string;
  name: string;
  day: DayCode;
  start: string;
  end: string;
  guardianKeys: string[];
  childKeys: string[];
  resourceKeys: string[];
  missing?: MissingIds;
}

export interface DraftResource {
  key: string;
  id?: string;
  name: string;
  capacity: number;
}

export interface Draft {
  /** The plan's name (kept from an existing plan; the flow does not ask for it). */
  name: string;
  week: DraftWeek;
  children: DraftChild[];
  guardians: DraftGuardian[];
  courses: DraftCourse[];
  commitments: DraftCommitment[];
  resources: DraftResource[];
  /** The existing plan's lessons and solver weights, carried to the result. */
  placements: Placement[];
  weights: Record<string, number>;
}

let counter = 0;
/** A key for a new item, unique within the page. */
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function emptyDraft(timeZone = localTimeZone()): Draft {
  return {
    name: '',
    week: { schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '15:00', grid: 15, timeZone },
    children: [],
    guardians: [],
    courses: [],
    commitments: [],
    resources: [],
    placements: [],
    weights: {},
  };
}
