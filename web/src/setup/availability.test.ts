import type { DayCode } from '@brightpath/core';
import { describe, expect, it } from 'vitest';

import type { FreeTime } from './availability';
import { availabilityOf, freeTimeOf } from './availability';

const week = { schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri'] as DayCode[], start: '08:00', end: '15:00' };
const free = (preset: FreeTime['preset'], days: DayCode[] = week.schoolDays): FreeTime =>
  ({ preset, days, start: '09:00', end: '11:00', windows: [] });

describe('free-time presets', () => {
  it('turn into one window per chosen school day', () => {
    expect(availabilityOf(free('all-day', ['mon', 'wed']), week)).toEqual([
      { day: 'mon', start: '08:00', end: '15:00' }, { day: 'wed', start: '08:00', end: '15:00' }]);
    expect(availabilityOf(free('mornings'), week)[0]).toEqual({ day: 'mon', start: '08:00', end: '12:00' });
    expect(availabilityOf(free('afternoons'), week)[4]).toEqual({ day: 'fri', start: '12:00', end: '15:00' });
    expect(availabilityOf(free('custom', ['tue']), week)).toEqual([{ day: 'tue', start: '09:00', end: '11:00' }]);
  });

  it('follow the school week: days that are no longer school days are left out', () => {
    expect(availabilityOf(free('all-day', ['mon', 'sat']), week).map((w) => w.day)).toEqual(['mon']);
  });

  it('give nothing when the preset does not meet the school hours (mornings of an afternoon school)', () => {
    expect(availabilityOf(free('mornings'), { ...week, start: '13:00', end: '17:00' })).toEqual([]);
  });

  it('are read back from saved windows that one of them describes', () => {
    for (const preset of ['all-day', 'mornings', 'afternoons', 'custom'] as const) {
      const saved = availabilityOf(free(preset, ['mon', 'tue', 'thu']), week);
      const back = freeTimeOf(saved, week);
      expect(back.preset).toBe(preset);
      expect(availabilityOf(back, week)).toEqual(saved);
    }
  });

  it('keep saved windows no preset describes as they are', () => {
    const saved = [{ day: 'mon' as const, start: '08:00', end: '12:00' }, { day: 'mon' as const, start: '13:00', end: '14:00' }];
    const back = freeTimeOf(saved, week);
    expect(back.preset).toBe('as-saved');
    expect(availabilityOf(back, week)).toEqual(saved);
  });
});
