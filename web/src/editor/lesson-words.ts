// A lesson in words, for its aria-label and its title: "Math for Wren, Monday 9:00–9:45, Mom".
import type { Course, Placement, Plan } from '@brightpath/core';

import { clockWords, dayName, toMinutes } from './time-grid';
import { teacherOf } from './week-layout';

export function names(ids: string[], table: { id: string; name: string }[] | undefined): string {
  const list = ids.map((id) => table?.find((x) => x.id === id)?.name ?? id);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

export function lessonWords(plan: Plan, placement: Placement, course: Course | undefined): string {
  const start = toMinutes(placement.start);
  const who = names(course?.students ?? [], plan.students);
  const teacher = teacherOf(placement, course);
  const parts = [
    `${course?.subject ?? placement.course}${who ? ` for ${who}` : ''}`,
    `${dayName(placement.day)} ${clockWords(start)}–${clockWords(start + placement.duration)}`,
  ];
  if (teacher) parts.push(names([teacher], plan.guardians));
  else if (course?.teaching === 'independent') parts.push('on their own');
  if (placement.locked) parts.push('locked');
  return parts.join(', ');
}
