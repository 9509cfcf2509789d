import type { FreePreset } from '../availability';
import { PRESET_LABELS } from '../availability';
import { DayToggles, invalid, ProblemText } from '../controls';
import type { DraftGuardian } from '../draft';
import { DAY_SHORT } from '../draft';
import { addGuardian, removeGuardian, updateGuardian } from '../draft-edits';
import { fieldId } from '../problems';
import type { StepProps } from '../step-props';

const NAME_SUGGESTIONS = ['Mom', 'Dad', 'Grandma', 'Grandpa'];

function savedSummary(g: DraftGuardian): string {
  return g.free.windows.map((w) => `${DAY_SHORT[w.day]} ${w.start}–${w.end}`).join(', ') || 'never';
}

export function GuardiansStep({ draft, update, problems, focusLater }: StepProps) {
  const names = new Set(draft.guardians.map((g) => g.name.trim().toLowerCase()));
  const add = (name: string) => {
    const next = update((d) => addGuardian(d, name));
    const key = next.guardians[next.guardians.length - 1].key;
    // A suggested name is complete: go on to when they are free. A blank one needs typing.
    focusLater(name ? fieldId(key, 'preset-all-day') : fieldId(key, 'name'));
  };
  return (
    <div class="setup-step-body">
      <p class="setup-hint">The adults who teach, and when they are free to.</p>
      <ul class="setup-list">
        {draft.guardians.map((g, i) => {
          const nameId = fieldId(g.key, 'name');
          const who = g.name.trim() || `adult ${i + 1}`;
          const setFree = (change: Partial<DraftGuardian['free']>) =>
            update((d) => updateGuardian(d, g.key, { free: { ...g.free, ...change } }));
          const presets = (Object.keys(PRESET_LABELS) as FreePreset[])
            .concat(g.free.preset === 'as-saved' ? ['as-saved'] : []);
          return (
            <li key={g.key} class="setup-item">
              <div class="setup-row">
                <label>
                  Adult {i + 1} name
                  <input type="text" id={nameId} maxLength={120} autocomplete="off" value={g.name}
                    {...invalid(problems, nameId)}
                    onInput={(e) => {
                      const name = e.currentTarget.value;
                      update((d) => updateGuardian(d, g.key, { name }));
                    }} />
                </label>
                <button type="button" class="setup-remove" onClick={() => {
                  update((d) => removeGuardian(d, g.key));
                  focusLater('setup-add-guardian');
                }}>Remove {who}</button>
              </div>
              <ProblemText problems={problems} field={nameId} />
              <fieldset class="setup-presets">
                <legend>When is {who} free?</legend>
                {presets.map((preset) => (
                  <label key={preset} class="setup-chip">
                    <input type="radio" name={`${g.key}-preset`} id={fieldId(g.key, `preset-${preset}`)}
                      checked={g.free.preset === preset}
                      onChange={() => setFree({ preset })} />
                    {preset === 'as-saved' ? `As saved (${savedSummary(g)})` : PRESET_LABELS[preset as Exclude<FreePreset, 'as-saved'>]}
                  </label>
                ))}
              </fieldset>
              {g.free.preset === 'custom' ? (
                <div class="setup-row">
                  <label>
                    {who} free from
                    <input type="time" id={fieldId(g.key, 'from')} step={300} value={g.free.start}
                      onInput={(e) => setFree({ start: e.currentTarget.value })} />
                  </label>
                  <label>
                    {who} free until
                    <input type="time" id={fieldId(g.key, 'to')} step={300} value={g.free.end}
                      {...invalid(problems, fieldId(g.key, 'to'))}
                      onInput={(e) => setFree({ end: e.currentTarget.value })} />
                  </label>
                  <ProblemText problems={problems} field={fieldId(g.key, 'to')} />
                </div>
              ) : null}
              {g.free.preset !== 'as-saved' ? (
                <fieldset>
                  <legend>Days {who} is free</legend>
                  <DayToggles idPrefix={fieldId(g.key, 'day')} days={draft.week.schoolDays} chosen={g.free.days}
                    prefix={`${who} free on `} onChange={(days) => setFree({ days })} />
                </fieldset>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div class="setup-suggestions" role="group" aria-label="Add an adult">
        {NAME_SUGGESTIONS.filter((n) => !names.has(n.toLowerCase())).map((n) => (
          <button type="button" key={n} onClick={() => add(n)}>Add {n}</button>
        ))}
        <button type="button" id="setup-add-guardian" onClick={() => add('')}>Add another adult</button>
      </div>
      <ProblemText problems={problems} field="setup-add-guardian" />
    </div>
  );
}
