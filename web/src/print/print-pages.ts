// What each printed page holds: per child (or per guardian), per school day, the lessons and
// fixed commitments in time order, in words. Pure data, tested without a browser.
import type { DayCode, Plan } from '@brightpath/core';

import { names } from '../editor/lesson-words';
import { clockWords, toMinutes } from '../editor/time-grid';
import { teacherOf } from '../editor/week-layout';

export interface PrintEntry {
  start: number;
  time: string;
  what: string;
  /** Who else: the teacher on a child's page, the children on a guardian's page. */
  who: string;
}

export interface PrintPage {
  id: string;
  title: string;
  days: { day: DayCode; entries: PrintEntry[] }[];
}

export function printPages(plan: Plan, by: 'child' | 'guardian'): PrintPage[] {
  const courses = new Map((plan.courses ?? []).map((c) => [c.id, c]));
  const people = by === 'child' ? (plan.students ?? []) : (plan.guardians ?? []);
  return people.map((person) => {
    const days = plan.week.schoolDays.map((day) => ({ day, entries: [] as PrintEntry[] }));
    const add = (day: DayCode, start: number, end: number, what: string, who: string) =>
      days.find((d) => d.day === day)?.entries.push({ start, time: `${clockWords(start)}–${clockWords(end)}`, what, who });
    for (const p of plan.placements ?? []) {
      const course = courses.get(p.course);
      const teacher = teacherOf(p, course);
      const mine = by === 'child' ? (course?.students ?? []).includes(person.id) : teacher === person.id;
      if (!mine) continue;
      const start = toMinutes(p.start);
      const who =
        by === 'child'
          ? teacher
            ? names([teacher], plan.guardians)
            : course?.teaching === 'independent'
              ? 'on their own'
              : ''
          : names(course?.students ?? [], plan.students);
      add(p.day, start, start + p.duration, course?.subject ?? p.course, who);
    }
    for (const c of plan.commitments ?? []) {
      const involved = by === 'child' ? c.students : c.guardians;
      if (!(involved ?? []).includes(person.id)) continue;
      add(c.day, toMinutes(c.start), toMinutes(c.end), c.name, '');
    }
    for (const d of days) d.entries.sort((a, b) => a.start - b.start || a.what.localeCompare(b.what));
    const grade = by === 'child' ? (person as { grade?: string }).grade : undefined;
    return { id: person.id, title: grade ? `${person.name} (grade ${grade})` : person.name, days };
  });
}
