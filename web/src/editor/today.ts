// Which day of the week it is now where the household lives (the plan's time zone), so that
// the week shows "today" on the right day also on a phone set to another zone.
import { useEffect, useState } from 'preact/hooks';
import type { DayCode } from '@brightpath/core';

const codes: Record<string, DayCode> = {
  Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun',
};

export function dayIn(timeZone: string, now: Date): DayCode {
  let weekday: string;
  try {
    weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(now);
  } catch {
    // A zone the core accepts but this browser does not know: the device's own day.
    weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short' }).format(now);
  }
  return codes[weekday]!;
}

/** Today in `timeZone`, looked at again every minute (the day turns at midnight there). */
export function useToday(timeZone: string): DayCode {
  const [today, setToday] = useState(() => dayIn(timeZone, new Date()));
  useEffect(() => {
    const look = () => setToday(dayIn(timeZone, new Date()));
    look();
    const timer = setInterval(look, 60_000);
    return () => clearInterval(timer);
  }, [timeZone]);
  return today;
}
