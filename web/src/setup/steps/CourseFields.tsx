// The adjustable parts of a subject or family lesson, one row: name, how often, how long,
// who teaches. Used by the subjects step and the family lessons step.
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
      <input type="text" id={id('subject')} aria-label={`${owner} subject ${index + 1}`} maxLength={120} autocomplete="off"
        value={course.subject} {...invalid(problems, id('subject'))}
        onInput={(e) => set({ subject: e.currentTarget.value })} />
      <NumberInput id={id('sessions')} label={`${owner} ${name}: times a week`} value={course.sessionsPerWeek}
        min={1} max={14} problems={problems} onChange={(sessionsPerWeek) => set({ sessionsPerWeek })} />
      <NumberInput id={id('minutes')} label={`${owner} ${name}: minutes`} value={course.minutesPerSession}
        min={5} max={240} step={5} problems={problems} onChange={(minutesPerSession) => set({ minutesPerSession })} />
      <TeacherSelect id={id('teacher')} label={`${owner} ${name}: taught by`} draft={draft} value={course.teacher}
        onChange={(teacher) => set({ teacher })} />
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
