import { invalid, ProblemText } from '../controls';
import { DAY_NAMES } from '../draft';
import { addCommitment, COMMITMENT_SUGGESTIONS, removeCommitment, updateCommitment } from '../draft-edits';
import { fieldId } from '../problems';
import type { StepProps } from '../step-props';

export function CommitmentsStep({ draft, update, problems, focusLater }: StepProps) {
  const taken = new Set(draft.commitments.map((c) => c.name.trim().toLowerCase()));
  const days = draft.week.schoolDays.length ? draft.week.schoolDays : (['mon'] as const);
  return (
    <div class="setup-step-body">
      <p class="setup-hint">Fixed times away from lessons: a co-op day, outside lessons, sports.</p>
      <ul class="setup-list">
        {draft.commitments.map((c, i) => {
          const id = (what: string) => fieldId(c.key, what);
          const name = c.name.trim() || `commitment ${i + 1}`;
          const toggle = (list: 'guardianKeys' | 'childKeys', key: string, on: boolean) =>
            update((d) => updateCommitment(d, c.key, { [list]: on ? [...c[list], key] : c[list].filter((k) => k !== key) }));
          return (
            <li key={c.key} class="setup-item">
              <div class="setup-row">
                <label>
                  Commitment {i + 1} name
                  <input type="text" id={id('name')} maxLength={120} autocomplete="off" value={c.name}
                    {...invalid(problems, id('name'))}
                    onInput={(e) => {
                      const value = e.currentTarget.value;
                      update((d) => updateCommitment(d, c.key, { name: value }));
                    }} />
                </label>
                <label>
                  {name} day
                  <select id={id('day')} value={c.day}
                    onChange={(e) => {
                      const day = e.currentTarget.value as typeof c.day;
                      update((d) => updateCommitment(d, c.key, { day }));
                    }}>
                    {[...new Set([...days, c.day])].map((d) => <option key={d} value={d}>{DAY_NAMES[d]}</option>)}
                  </select>
                </label>
                <label>
                  {name} from
                  <input type="time" id={id('from')} step={300} value={c.start}
                    onInput={(e) => {
                      const start = e.currentTarget.value;
                      update((d) => updateCommitment(d, c.key, { start }));
                    }} />
                </label>
                <label>
                  {name} until
                  <input type="time" id={id('to')} step={300} value={c.end} {...invalid(problems, id('to'))}
                    onInput={(e) => {
                      const end = e.currentTarget.value;
                      update((d) => updateCommitment(d, c.key, { end }));
                    }} />
                </label>
                <button type="button" class="setup-remove" onClick={() => {
                  update((d) => removeCommitment(d, c.key));
                  focusLater('setup-add-commitment');
                }}>Remove {name}</button>
              </div>
              <ProblemText problems={problems} field={id('name')} />
              <ProblemText problems={problems} field={id('to')} />
              <fieldset id={id('who')} tabIndex={-1}>
                <legend>Who goes to {name}</legend>
                <div class="setup-days">
                  {draft.guardians.map((g) => (
                    <label key={g.key} class="setup-chip">
                      <input type="checkbox" checked={c.guardianKeys.includes(g.key)}
                        onChange={(e) => toggle('guardianKeys', g.key, e.currentTarget.checked)} />
                      {g.name.trim() || 'Unnamed adult'}
                    </label>
                  ))}
                  {draft.children.map((child) => (
                    <label key={child.key} class="setup-chip">
                      <input type="checkbox" checked={c.childKeys.includes(child.key)}
                        onChange={(e) => toggle('childKeys', child.key, e.currentTarget.checked)} />
                      {child.name.trim() || 'Unnamed child'}
                    </label>
                  ))}
                </div>
                <ProblemText problems={problems} field={id('who')} />
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div class="setup-suggestions" role="group" aria-label="Add a commitment">
        {COMMITMENT_SUGGESTIONS.filter((s) => !taken.has(s.name.toLowerCase())).map((s) => (
          <button type="button" key={s.name} onClick={() => {
            const next = update((d) => addCommitment(d, s));
            focusLater(fieldId(next.commitments[next.commitments.length - 1].key, 'day'));
          }}>Add {s.name}</button>
        ))}
        <button type="button" id="setup-add-commitment" onClick={() => {
          const next = update((d) => addCommitment(d));
          focusLater(fieldId(next.commitments[next.commitments.length - 1].key, 'name'));
        }}>Add another commitment</button>
      </div>
    </div>
  );
}
