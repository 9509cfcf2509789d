import { DayToggles, invalid, ProblemText } from '../controls';
import type { DraftWeek } from '../draft';
import { DAYS } from '../draft';
import type { StepProps } from '../step-props';

const GRIDS: DraftWeek['grid'][] = [5, 10, 15, 20, 30, 60];

/** The IANA names the browser knows, offered while typing a time zone. */
function timeZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

export function WeekStep({ draft, update, problems }: StepProps) {
  const week = draft.week;
  const set = (change: Partial<DraftWeek>) => update((d) => ({ ...d, week: { ...d.week, ...change } }));
  return (
    <div class="setup-step-body">
      <fieldset>
        <legend>School days</legend>
        <DayToggles idPrefix="setup-week-day" days={DAYS} chosen={week.schoolDays} prefix="School on "
          onChange={(schoolDays) => set({ schoolDays })} />
        <ProblemText problems={problems} field="setup-week-day-mon" />
      </fieldset>
      <div class="setup-row">
        <label>
          School starts
          <input type="time" id="setup-week-start" step={300} value={week.start}
            onInput={(e) => set({ start: e.currentTarget.value })} />
        </label>
        <label>
          School ends
          <input type="time" id="setup-week-end" step={300} value={week.end} {...invalid(problems, 'setup-week-end')}
            onInput={(e) => set({ end: e.currentTarget.value })} />
        </label>
        <ProblemText problems={problems} field="setup-week-end" />
      </div>
      <div class="setup-row">
        <label>
          Lessons snap to
          <select id="setup-week-grid" value={String(week.grid)}
            onChange={(e) => set({ grid: Number(e.currentTarget.value) as DraftWeek['grid'] })}>
            {GRIDS.map((g) => <option key={g} value={String(g)}>{g} minutes</option>)}
          </select>
        </label>
        <label>
          Time zone
          <input type="text" id="setup-week-zone" list="setup-time-zones" autocomplete="off" spellcheck={false}
            value={week.timeZone} {...invalid(problems, 'setup-week-zone')}
            onInput={(e) => set({ timeZone: e.currentTarget.value.trim() })} />
        </label>
        <datalist id="setup-time-zones">
          {timeZones().map((z) => <option key={z} value={z} />)}
        </datalist>
        <ProblemText problems={problems} field="setup-week-zone" />
      </div>
    </div>
  );
}
