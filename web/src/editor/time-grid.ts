// Clock times and the week's grid: the arithmetic of placing a block, nothing more.
import type { ClockTime, DayCode, SchoolWeek } from '@brightpath/core';

export function toMinutes(time: ClockTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function toClock(minutes: number): ClockTime {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The nearest multiple of `grid` minutes. */
export function snap(minutes: number, grid: number): number {
  return Math.round(minutes / grid) * grid;
}

/**
 * The start nearest to `minutes` at which a lesson of `duration` minutes lies on the grid
 * and within the week's hours (a lesson longer than the week starts at the week's start).
 */
export function snapStart(week: SchoolWeek, minutes: number, duration: number): number {
  const first = toMinutes(week.start);
  const last = Math.max(first, toMinutes(week.end) - duration);
  const snapped = first + snap(minutes - first, week.grid);
  return Math.min(Math.max(snapped, first), first + Math.floor((last - first) / week.grid) * week.grid);
}

/** A duration on the grid, at least one grid step and at most to the week's end. */
export function snapDuration(week: SchoolWeek, start: number, minutes: number): number {
  const most = Math.max(week.grid, toMinutes(week.end) - start);
  return Math.min(Math.max(snap(minutes, week.grid), week.grid), most);
}

/** Every grid start at which a lesson of `duration` fits in the week's hours, per school day. */
export function candidateSlots(week: SchoolWeek, duration: number): { day: DayCode; start: number }[] {
  const slots: { day: DayCode; start: number }[] = [];
  const end = toMinutes(week.end);
  for (const day of week.schoolDays) {
    for (let start = toMinutes(week.start); start + duration <= end; start += week.grid) slots.push({ day, start });
  }
  return slots;
}

const dayNames: Record<DayCode, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export function dayName(day: DayCode): string {
  return dayNames[day];
}

/** "9:00" (no leading zero, as parents write it). */
export function clockWords(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
