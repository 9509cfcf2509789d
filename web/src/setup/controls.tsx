// Inputs shared by several steps. Each one has a visible or screen-reader label; ids come
// from the item's key (problems.ts fieldId), so a problem can focus its field.
import type { DayCode } from '@brightpath/core';

import type { Draft, Teacher } from './draft';
import { DAY_NAMES, DAY_SHORT } from './draft';
import type { Problem } from './problems';

export function ProblemText({ problems, field }: { problems: Problem[]; field: string }) {
  const mine = problems.filter((p) => p.field === field);
  if (mine.length === 0) return null;
  return <span class="setup-problem" id={`${field}-problem`}>{mine.map((p) => p.message).join(' ')}</span>;
}

/** aria attributes of an input that has a problem. */
export function invalid(problems: Problem[], field: string) {
  return problems.some((p) => p.field === field)
    ? { 'aria-invalid': true as const, 'aria-describedby': `${field}-problem` }
    : {};
}

/** Visually hidden, read by screen readers: completes a short visible label ("Mon"). */
export function Hidden({ children }: { children: string }) {
  return <span class="setup-sr-only">{children}</span>;
}

export function DayToggles(props: {
  idPrefix: string; days: readonly DayCode[]; chosen: readonly DayCode[]; prefix: string;
  onChange(days: DayCode[]): void;
}) {
  const { idPrefix, days, chosen, prefix, onChange } = props;
  return (
    <div class="setup-days">
      {days.map((day) => (
        <label class="setup-day" key={day}>
          <input
            type="checkbox"
            id={`${idPrefix}-${day}`}
            checked={chosen.includes(day)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange(days.filter((d) => (d === day ? on : chosen.includes(d))));
            }}
          />
          <Hidden>{prefix}</Hidden>
          <span aria-hidden="true">{DAY_SHORT[day]}</span>
          <Hidden>{DAY_NAMES[day]}</Hidden>
        </label>
      ))}
    </div>
  );
}

function teacherValue(t: Teacher): string {
  return t.kind === 'guardian' ? `guardian:${t.key}` : t.kind;
}

function teacherOf(value: string, current: Teacher): Teacher {
  if (value.startsWith('guardian:')) return { kind: 'guardian', key: value.slice('guardian:'.length) };
  if (value === 'missing') return current;
  return value === 'alone' ? { kind: 'alone' } : { kind: 'any' };
}

/** "Taught by": any free adult, one of them, or nobody (the child works on their own). */
export function TeacherSelect(props: { id: string; label: string; draft: Draft; value: Teacher; onChange(t: Teacher): void }) {
  return (
    <select id={props.id} aria-label={props.label} value={teacherValue(props.value)}
      onChange={(e) => props.onChange(teacherOf(e.currentTarget.value, props.value))}>
      <option value="any">Any free adult</option>
      {props.draft.guardians.map((g) => (
        <option key={g.key} value={`guardian:${g.key}`}>{g.name.trim() || 'Unnamed adult'}</option>
      ))}
      <option value="alone">On their own</option>
      {props.value.kind === 'missing' ? <option value="missing">{props.value.id} (not in this household)</option> : null}
    </select>
  );
}

/** Whole numbers typed into a number field; an empty field is 0 (and a problem on "Next"). */
export function NumberInput(props: {
  id: string; label: string; value: number; min: number; max: number; step?: number;
  problems: Problem[]; onChange(n: number): void;
}) {
  const { id, label, value, min, max, step, problems, onChange } = props;
  return (
    <input type="number" id={id} aria-label={label} inputMode="numeric" min={min} max={max} step={step ?? 1}
      value={Number.isFinite(value) && value > 0 ? value : ''}
      {...invalid(problems, id)}
      onInput={(e) => onChange(Math.trunc(Number(e.currentTarget.value) || 0))} />
  );
}
