import { ProblemText } from '../controls';
import { addSharedLesson, updateCourse } from '../draft-edits';
import { FAMILY_LESSON_SUGGESTIONS } from '../grade-defaults';
import { fieldId } from '../problems';
import type { StepProps } from '../step-props';
import { CourseFields, CourseHead } from './CourseFields';

export function SharedStep(props: StepProps) {
  const { draft, update, problems, focusLater } = props;
  const shared = draft.courses.filter((c) => c.shared);
  const taken = new Set(shared.map((c) => c.subject.trim().toLowerCase()));
  return (
    <div class="setup-step-body">
      <p class="setup-hint">One lesson for several children at once: one adult's time covers them all.</p>
      <ul class="setup-list">
        {shared.map((course, index) => {
          const name = course.subject.trim() || 'Family lesson';
          return (
            <li key={course.key} class="setup-item">
              <CourseHead />
              <div class="setup-course-row">
                <CourseFields {...props} course={course} index={index} owner="Family"
                  onRemoved={() => focusLater('setup-add-shared')} />
              </div>
              <fieldset id={fieldId(course.key, 'children')} tabIndex={-1}>
                <legend>Who takes part in {name}</legend>
                <div class="setup-days">
                  {draft.children.map((child) => (
                    <label key={child.key} class="setup-chip">
                      <input type="checkbox" checked={course.childKeys.includes(child.key)}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          const childKeys = draft.children.map((c) => c.key)
                            .filter((k) => (k === child.key ? on : course.childKeys.includes(k)));
                          update((d) => updateCourse(d, course.key, { childKeys }));
                        }} />
                      {child.name.trim() || 'Unnamed child'}
                    </label>
                  ))}
                </div>
                <ProblemText problems={problems} field={fieldId(course.key, 'children')} />
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div class="setup-suggestions" role="group" aria-label="Add a family lesson">
        {FAMILY_LESSON_SUGGESTIONS.filter((s) => !taken.has(s.subject.toLowerCase())).map((s) => (
          <button type="button" key={s.subject} onClick={() => update((d) => addSharedLesson(d, s))}>
            Add {s.subject}
          </button>
        ))}
        <button type="button" id="setup-add-shared" onClick={() => {
          const next = update((d) => addSharedLesson(d));
          focusLater(fieldId(next.courses[next.courses.length - 1].key, 'subject'));
        }}>Add another family lesson</button>
      </div>
    </div>
  );
}
