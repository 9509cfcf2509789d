// When a guardian is free, chosen with presets instead of typed times: a parent thinks
// "mornings, not Tuesdays", not "08:00–12:00 on four days".
import type { DayCode, DayWindow } from '@brightpath/core';

export type FreePreset = 'all-day' | 'mornings' | 'afternoons' | 'custom' | 'as-saved';

export interface FreeTime {
  preset: FreePreset;
  /** Days the preset applies to (not used by 'as-saved'). */
  days: DayCode[];
  /** The times of 'custom'. */
  start: string;
  end: string;
  /** 'as-saved': windows read from an existing plan that no preset describes, kept as they are. */
  windows: DayWindow[];
}

/** Where mornings end and afternoons begin. */
export const NOON = '12:00';

export const PRESET_LABELS: Record<Exclude<FreePreset, 'as-saved'>, string> = {
  'all-day': 'All day',
  mornings: 'Mornings',
  afternoons: 'Afternoons',
  custom: 'Set times',
};

export function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** The window of a preset within the school hours, or null when it is empty (mornings in an afternoon school). */
export function presetWindow(free: FreeTime, schoolStart: string, schoolEnd: string): { start: string; end: string } | null {
  let start = schoolStart;
  let end = schoolEnd;
  if (free.preset === 'mornings' && minutes(NOON) < minutes(end)) end = NOON;
  if (free.preset === 'afternoons' && minutes(NOON) > minutes(start)) start = NOON;
  if (free.preset === 'custom') ({ start, end } = free);
  return minutes(start) < minutes(end) ? { start, end } : null;
}

/** The availability windows of a guardian, on the school days only. */
export function availabilityOf(free: FreeTime, week: { schoolDays: DayCode[]; start: string; end: string }): DayWindow[] {
  if (free.preset === 'as-saved') return free.windows.map((w) => ({ ...w }));
  const window = presetWindow(free, week.start, week.end);
  if (!window) return [];
  return week.schoolDays.filter((d) => free.days.includes(d)).map((day) => ({ day, ...window }));
}

/** Reads saved windows back into a preset when one describes them exactly, else 'as-saved'. */
export function freeTimeOf(windows: DayWindow[], week: { schoolDays: DayCode[]; start: string; end: string }): FreeTime {
  const days = [...new Set(windows.map((w) => w.day))];
  const base: FreeTime = { preset: 'all-day', days, start: week.start, end: week.end, windows };
  if (windows.length === 0) return { ...base, days: [] };
  const oneEach = days.length === windows.length && windows.length > 0;
  if (oneEach) {
    const same = windows.every((w) => w.start === windows[0].start && w.end === windows[0].end);
    if (same) {
      for (const preset of ['all-day', 'mornings', 'afternoons'] as const) {
        const candidate = { ...base, preset };
        const mine = availabilityOf(candidate, week);
        if (mine.length === windows.length && mine.every((w, i) => w.start === windows[i].start && w.end === windows[i].end && days.includes(w.day))) {
          return candidate;
        }
      }
      const custom = { ...base, preset: 'custom' as const, start: windows[0].start, end: windows[0].end };
      if (availabilityOf(custom, week).length === windows.length) return custom;
    }
  }
  return { ...base, preset: 'as-saved', days: week.schoolDays.slice() };
}
