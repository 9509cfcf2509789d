import { invalid, ProblemText } from '../controls';
import { addChild, removeChild, updateChild } from '../draft-edits';
import { GRADES, gradeLabel, isGrade } from '../grade-defaults';
import { fieldId } from '../problems';
import type { StepProps } from '../step-props';

export function ChildrenStep({ draft, update, problems, focusLater }: StepProps) {
  return (
    <div class="setup-step-body">
      <p class="setup-hint">First name or nickname and grade; the next steps fill in the usual subjects for each grade.</p>
      <ul class="setup-list">
        {draft.children.map((child, i) => {
          const nameId = fieldId(child.key, 'name');
          const gradeId = fieldId(child.key, 'grade');
          return (
            <li key={child.key} class="setup-item">
              <div class="setup-row">
              <label>
                Child {i + 1} name
                <input type="text" id={nameId} maxLength={120} autocomplete="off" value={child.name}
                  {...invalid(problems, nameId)}
                  onInput={(e) => {
                    const name = e.currentTarget.value;
                    update((d) => updateChild(d, child.key, { name }));
                  }} />
              </label>
              <label>
                Child {i + 1} grade
                <select id={gradeId} value={child.grade} {...invalid(problems, gradeId)}
                  onChange={(e) => {
                    const grade = e.currentTarget.value;
                    update((d) => updateChild(d, child.key, { grade }));
                  }}>
                  <option value="" disabled>Choose…</option>
                  {GRADES.map((g) => <option key={g} value={g}>{gradeLabel(g)}</option>)}
                  {child.grade && !isGrade(child.grade) ? <option value={child.grade}>{child.grade}</option> : null}
                </select>
              </label>
              <button type="button" class="setup-remove" onClick={() => {
                update((d) => removeChild(d, child.key));
                focusLater('setup-add-child');
              }}>Remove child {i + 1}</button>
              </div>
              <ProblemText problems={problems} field={nameId} />
              <ProblemText problems={problems} field={gradeId} />
            </li>
          );
        })}
      </ul>
      <button type="button" id="setup-add-child" onClick={() => {
        const next = update(addChild);
        focusLater(fieldId(next.children[next.children.length - 1].key, 'name'));
      }}>Add child</button>
      <ProblemText problems={problems} field="setup-add-child" />
    </div>
  );
}
