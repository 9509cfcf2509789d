// The adjustable parts of a subject or family lesson, one row: name, how often, how long,
// who teaches. Used by the subjects step and the family lessons step.
import type { ComponentChildren } from 'preact';

import { Hidden, invalid, NumberInput, ProblemText, TeacherSelect } from '../controls';
import type { DraftCourse } from '../draft';
import { removeCourse, updateCourse } from '../draft-edits';
import { fieldId } from '../problems';
import type { StepProps } from '../step-props';

export function CourseFields(props: StepProps & { course: DraftCourse; index: number; owner: string; onRemoved(): void }) {
  const { draft, update, problems, course, index, owner, onRemoved } = props;
  const id = (what: string) => fieldId(course.key, what);
  const name = course.subject.trim() || 'new subject';
  const set = (change: Partial<DraftCourse>) => update((d) => updateCourse(d, course.key, change));
  return (
    <>
      <Cell caption="Subject">
        <input type="text" id={id('subject')} aria-label={`${owner} subject ${index + 1}`} maxLength={120} autocomplete="off"
          value={course.subject} {...invalid(problems, id('subject'))}
          onInput={(e) => set({ subject: e.currentTarget.value })} />
      </Cell>
      <Cell caption="Times a week">
        <NumberInput id={id('sessions')} label={`${owner} ${name}: times a week`} value={course.sessionsPerWeek}
          min={1} max={14} problems={problems} onChange={(sessionsPerWeek) => set({ sessionsPerWeek })} />
      </Cell>
      <Cell caption="Minutes">
        <NumberInput id={id('minutes')} label={`${owner} ${name}: minutes`} value={course.minutesPerSession}
          min={5} max={240} step={5} problems={problems} onChange={(minutesPerSession) => set({ minutesPerSession })} />
      </Cell>
      <Cell caption="Taught by">
        <TeacherSelect id={id('teacher')} label={`${owner} ${name}: taught by`} draft={draft} value={course.teacher}
          onChange={(teacher) => set({ teacher })} />
      </Cell>
      <button type="button" class="setup-remove" onClick={() => {
        update((d) => removeCourse(d, course.key));
        onRemoved();
      }}>Remove<Hidden>{` ${owner} ${name}`}</Hidden></button>
      <span class="setup-row-problems">
        <ProblemText problems={problems} field={id('subject')} />
        <ProblemText problems={problems} field={id('sessions')} />
        <ProblemText problems={problems} field={id('minutes')} />
      </span>
    </>
  );
}

/**
 * One field of the row. Wide screens name the columns once in a header row (CourseHead);
 * narrow ones, where the row wraps, show the caption above each field.
 */
function Cell({ caption, children }: { caption: string; children: ComponentChildren }) {
  return (
    <div class="setup-cell">
      <span class="setup-cell-caption" aria-hidden="true">{caption}</span>
      {children}
    </div>
  );
}

/** The column names above a list of rows (hidden from screen readers: every field has its own name). */
export function CourseHead() {
  return (
    <div class="setup-course-head" aria-hidden="true">
      <span>Subject</span><span>Times a week</span><span>Minutes</span><span>Taught by</span><span />
    </div>
  );
}
