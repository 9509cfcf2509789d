// Which day of the week it is, and what time, where the household lives (the plan's time
// zone), so that the week shows "today" and "now" right also on a phone set to another zone.
import { useEffect, useState } from 'preact/hooks';
import type { DayCode } from '@brightpath/core';

const codes: Record<string, DayCode> = {
  Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun',
};

export interface Now {
  day: DayCode;
  /** Minutes since midnight. */
  minutes: number;
}

export function nowIn(timeZone: string, now: Date): Now {
  const options = { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
  } catch {
    // A zone the core accepts but this browser does not know: the device's own time.
    format = new Intl.DateTimeFormat('en-US', options);
  }
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: codes[part('weekday')]!, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** The day and time in `timeZone`, looked at again every minute. */
export function useNow(timeZone: string): Now {
  const [now, setNow] = useState(() => nowIn(timeZone, new Date()));
  useEffect(() => {
    const look = () =>
      setNow((was) => {
        const is = nowIn(timeZone, new Date());
        return is.day === was.day && is.minutes === was.minutes ? was : is;
      });
    look();
    const timer = setInterval(look, 60_000);
    return () => clearInterval(timer);
  }, [timeZone]);
  return now;
}
