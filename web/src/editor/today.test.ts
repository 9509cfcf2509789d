import { describe, expect, it } from 'vitest';

import { nowIn } from './today';

const dayIn = (zone: string, at: Date) => nowIn(zone, at).day;

describe('nowIn', () => {
  // Tuesday 8 December 2026, 03:00 UTC: still Monday evening in Chicago.
  const lateMondayInChicago = new Date('2026-12-08T03:00:00Z');

  it("takes the household's time zone, not the device's", () => {
    expect(dayIn('UTC', lateMondayInChicago)).toBe('tue');
    expect(dayIn('America/Chicago', lateMondayInChicago)).toBe('mon');
    expect(dayIn('Asia/Tokyo', new Date('2026-12-06T16:00:00Z'))).toBe('mon'); // Sunday in UTC
  });

  it('knows the zone links the plan format accepts', () => {
    expect(dayIn('US/Eastern', lateMondayInChicago)).toBe('mon');
  });

  it('gives the clock time there, midnight as 0', () => {
    expect(nowIn('America/Chicago', lateMondayInChicago)).toEqual({ day: 'mon', minutes: 21 * 60 });
    expect(nowIn('UTC', new Date('2026-12-08T00:05:00Z'))).toEqual({ day: 'tue', minutes: 5 });
    expect(nowIn('Asia/Kolkata', new Date('2026-12-08T04:00:00Z'))).toEqual({ day: 'tue', minutes: 9 * 60 + 30 });
  });

  it("falls back to the device's day for a zone the browser does not know", () => {
    const device = new Intl.DateTimeFormat('en-US', { weekday: 'short' }).format(lateMondayInChicago).toLowerCase();
    expect(dayIn('Not/AZone', lateMondayInChicago)).toBe(device);
  });
});
