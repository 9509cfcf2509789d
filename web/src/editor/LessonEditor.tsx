// The small editor of the selected lesson: who teaches it, locked or not, delete.
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Course, Placement, Plan } from '@brightpath/core';

import { lessonWords } from './lesson-words';

export function LessonEditor(props: {
  plan: Plan;
  placement: Placement;
  course: Course | undefined;
  focusRequest: number;
  onGuardian(guardian: string | null): void;
  onLocked(locked: boolean): void;
  onDelete(): void;
  onClose(): void;
}): JSX.Element {
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.focusRequest > 0) section.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [props.focusRequest]);
  const { placement, course } = props;
  const independent = course?.teaching === 'independent';
  return (
    <section
      class="lesson-editor"
      ref={section}
      aria-label="Selected lesson"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <h3>{lessonWords(props.plan, placement, course)}</h3>
      {!independent && (
        <label>
          Taught by{' '}
          <select
            value={placement.guardian ?? ''}
            onChange={(e) => props.onGuardian((e.target as HTMLSelectElement).value || null)}
          >
            <option value="">{course?.guardian ? `As the course says` : 'Anyone free'}</option>
            {(props.plan.guardians ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <input type="checkbox" checked={placement.locked === true} onChange={(e) => props.onLocked((e.target as HTMLInputElement).checked)} />{' '}
        Keep in place when auto-scheduling
      </label>
      <div class="lesson-editor-actions">
        <button type="button" onClick={props.onDelete}>
          Delete lesson
        </button>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
