import { invalid, NumberInput, ProblemText } from '../controls';
import { addResource, removeResource, RESOURCE_SUGGESTIONS, setCourseUsesResource, updateResource } from '../draft-edits';
import { fieldId } from '../problems';
import type { StepProps } from '../step-props';

export function ResourcesStep({ draft, update, problems, focusLater }: StepProps) {
  const taken = new Set(draft.resources.map((r) => r.name.trim().toLowerCase()));
  const childName = new Map(draft.children.map((c) => [c.key, c.name.trim() || 'Unnamed child']));
  const courseLabel = (c: (typeof draft.courses)[number]) =>
    c.shared ? `${c.subject.trim()} (family)` : `${childName.get(c.childKeys[0]) ?? ''}: ${c.subject.trim()}`;
  return (
    <div class="setup-step-body">
      <p class="setup-hint">Rooms and things only one child can use at a time, such as the piano or the one laptop.</p>
      <ul class="setup-list">
        {draft.resources.map((r, i) => {
          const id = (what: string) => fieldId(r.key, what);
          const name = r.name.trim() || `room or thing ${i + 1}`;
          return (
            <li key={r.key} class="setup-item">
              <div class="setup-row">
                <label>
                  Room or thing {i + 1} name
                  <input type="text" id={id('name')} maxLength={120} autocomplete="off" value={r.name}
                    {...invalid(problems, id('name'))}
                    onInput={(e) => {
                      const value = e.currentTarget.value;
                      update((d) => updateResource(d, r.key, { name: value }));
                    }} />
                </label>
                <label>
                  {name}: lessons at once
                  <NumberInput id={id('capacity')} label={`${name}: lessons at once`} value={r.capacity} min={1} max={1000}
                    problems={problems} onChange={(capacity) => update((d) => updateResource(d, r.key, { capacity }))} />
                </label>
                <button type="button" class="setup-remove" onClick={() => {
                  update((d) => removeResource(d, r.key));
                  focusLater('setup-add-resource');
                }}>Remove {name}</button>
              </div>
              <ProblemText problems={problems} field={id('name')} />
              <ProblemText problems={problems} field={id('capacity')} />
              <fieldset>
                <legend>Subjects that use {name}</legend>
                <div class="setup-days">
                  {draft.courses.map((c) => (
                    <label key={c.key} class="setup-chip">
                      <input type="checkbox" checked={c.resourceKeys.includes(r.key)}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          update((d) => setCourseUsesResource(d, c.key, r.key, on));
                        }} />
                      {courseLabel(c)}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div class="setup-suggestions" role="group" aria-label="Add a room or thing">
        {RESOURCE_SUGGESTIONS.filter((n) => !taken.has(n.toLowerCase())).map((n) => (
          <button type="button" key={n} onClick={() => update((d) => addResource(d, n))}>Add {n}</button>
        ))}
        <button type="button" id="setup-add-resource" onClick={() => {
          const next = update((d) => addResource(d));
          focusLater(fieldId(next.resources[next.resources.length - 1].key, 'name'));
        }}>Add another room or thing</button>
      </div>
    </div>
  );
}
