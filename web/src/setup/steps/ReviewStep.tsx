import { PRESET_LABELS } from '../availability';
import type { Draft, DraftGuardian, Teacher } from '../draft';
import { DAY_SHORT } from '../draft';
import { subjectsOf } from '../draft-edits';
import { gradeLabel, isGrade } from '../grade-defaults';
import type { StepName } from '../step-ids';
import { STEP } from '../step-ids';
import type { StepProps } from '../step-props';
import { formatHours } from './SubjectsStep';

function days(list: readonly string[]): string {
  return list.map((d) => DAY_SHORT[d as keyof typeof DAY_SHORT]).join(', ');
}

function freeText(g: DraftGuardian): string {
  if (g.free.preset === 'as-saved') return 'as saved';
  const when = g.free.preset === 'custom' ? `${g.free.start}–${g.free.end}` : PRESET_LABELS[g.free.preset].toLowerCase();
  return g.free.days.length ? `${when}, ${days(g.free.days)}` : 'not free on school days';
}

function teacherText(draft: Draft, t: Teacher): string {
  if (t.kind === 'alone') return 'on their own';
  if (t.kind === 'any') return 'any free adult';
  if (t.kind === 'missing') return `${t.id} (not in this household)`;
  return draft.guardians.find((g) => g.key === t.key)?.name.trim() ?? 'any free adult';
}

export function ReviewStep({ draft, goTo }: StepProps) {
  const change = (step: StepName, what: string) => (
    <button type="button" class="setup-link" onClick={() => goTo?.(STEP[step])}>Change {what}</button>
  );
  const names = (keys: string[], list: { key: string; name: string }[]) =>
    keys.map((k) => list.find((x) => x.key === k)?.name.trim()).filter(Boolean).join(', ');
  const shared = draft.courses.filter((c) => c.shared);
  return (
    <div class="setup-step-body setup-review">
      <section>
        <h3>Week {change('week', 'week')}</h3>
        <p>{days(draft.week.schoolDays)}, {draft.week.start}–{draft.week.end}, {draft.week.timeZone}</p>
      </section>
      <section>
        <h3>Children and subjects {change('children', 'children')} {change('subjects', 'subjects')}</h3>
        <ul>
          {draft.children.map((child) => {
            const subjects = subjectsOf(draft, child.key);
            const minutes = subjects.reduce((s, c) => s + c.sessionsPerWeek * c.minutesPerSession, 0);
            return (
              <li key={child.key}>
                <strong>{child.name.trim()}</strong>, {isGrade(child.grade) ? gradeLabel(child.grade) : child.grade}:{' '}
                {subjects.map((c) => `${c.subject.trim()} ${c.sessionsPerWeek}×${c.minutesPerSession} min`).join(', ') || 'no subjects'}
                {' '}({formatHours(minutes)} a week)
              </li>
            );
          })}
        </ul>
      </section>
      <section>
        <h3>Adults {change('guardians', 'adults')}</h3>
        <ul>{draft.guardians.map((g) => <li key={g.key}><strong>{g.name.trim()}</strong>: {freeText(g)}</li>)}</ul>
      </section>
      <section>
        <h3>Family lessons {change('shared', 'family lessons')}</h3>
        {shared.length ? (
          <ul>
            {shared.map((c) => (
              <li key={c.key}>
                <strong>{c.subject.trim()}</strong> {c.sessionsPerWeek}×{c.minutesPerSession} min with{' '}
                {names(c.childKeys, draft.children)}, {teacherText(draft, c.teacher)}
              </li>
            ))}
          </ul>
        ) : <p>None</p>}
      </section>
      <section>
        <h3>Commitments {change('commitments', 'commitments')}</h3>
        {draft.commitments.length ? (
          <ul>
            {draft.commitments.map((c) => (
              <li key={c.key}>
                <strong>{c.name.trim()}</strong> {DAY_SHORT[c.day]} {c.start}–{c.end}:{' '}
                {[names(c.guardianKeys, draft.guardians), names(c.childKeys, draft.children)].filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        ) : <p>None</p>}
      </section>
      <section>
        <h3>Rooms and shared things {change('resources', 'rooms and things')}</h3>
        {draft.resources.length ? (
          <ul>
            {draft.resources.map((r) => {
              const users = draft.courses.filter((c) => c.resourceKeys.includes(r.key)).map((c) => c.subject.trim());
              return <li key={r.key}><strong>{r.name.trim()}</strong>: {users.join(', ') || 'no subjects yet'}</li>;
            })}
          </ul>
        ) : <p>None</p>}
      </section>
    </div>
  );
}
