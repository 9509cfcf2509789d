import { useState } from 'preact/hooks';

import type { Draft, DraftChild } from '../draft';
import { addSubject, copySubjects, subjectsOf } from '../draft-edits';
import { gradeLabel, isGrade } from '../grade-defaults';
import { fieldId } from '../problems';
import type { StepProps } from '../step-props';
import { CourseFields, CourseHead } from './CourseFields';

export function SubjectsStep(props: StepProps) {
  const { draft, update, focusLater } = props;
  // Copying replaces the sibling's list, so the last copy can be taken back.
  // Offered only until the next change, which Undo would otherwise take back too.
  const [copied, setCopied] = useState<{ before: Draft; after: Draft; text: string } | null>(null);
  const copy = (from: DraftChild, to: DraftChild) => {
    const before = draft;
    const after = update((d) => copySubjects(d, from.key, to.key));
    const count = subjectsOf(before, from.key).length;
    setCopied({ before, after, text: `Copied ${from.name.trim()}'s ${count} subjects to ${to.name.trim()}.` });
  };
  const undoable = copied && copied.after === draft ? copied : null;
  return (
    <div class="setup-step-body">
      <p class="setup-hint">The usual subjects for each grade are filled in. Change anything; nothing is fixed.</p>
      <div role="status" class="setup-status">
        {undoable ? (
          <>
            {undoable.text}{' '}
            <button type="button" onClick={() => {
              update(() => undoable.before);
              setCopied(null);
            }}>Undo copy</button>
          </>
        ) : null}
      </div>
      {draft.children.map((child) => {
        const name = child.name.trim() || 'This child';
        const subjects = subjectsOf(draft, child.key);
        const headingId = `setup-subjects-${child.key}`;
        const minutes = subjects.reduce((sum, c) => sum + c.sessionsPerWeek * c.minutesPerSession, 0);
        return (
          <section key={child.key} class="setup-child-subjects" aria-labelledby={headingId}>
            <h3 id={headingId}>{name}{isGrade(child.grade) ? `, ${gradeLabel(child.grade)}` : ''}</h3>
            <p class="setup-hint">{subjects.length} subjects, {formatHours(minutes)} a week</p>
            <div class="setup-course-table" role="list">
              <CourseHead />
              {subjects.map((course, index) => (
                <div key={course.key} class="setup-course-row" role="listitem">
                  <CourseFields {...props} course={course} index={index} owner={`${name}'s`}
                    onRemoved={() => focusLater(`setup-add-subject-${child.key}`)} />
                </div>
              ))}
            </div>
            <div class="setup-suggestions">
              <button type="button" id={`setup-add-subject-${child.key}`} onClick={() => {
                const next = update((d) => addSubject(d, child.key));
                const mine = subjectsOf(next, child.key);
                focusLater(fieldId(mine[mine.length - 1].key, 'subject'));
              }}>Add subject for {name}</button>
              {draft.children.filter((c) => c.key !== child.key).map((sibling) => (
                <button type="button" key={sibling.key} onClick={() => copy(child, sibling)}>
                  Copy {name}'s subjects to {sibling.name.trim() || 'sibling'}
                </button>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}

export function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
