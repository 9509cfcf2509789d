// Sessions still to place. Drag one onto a day to add it; Enter adds it at the first time
// where the core finds nothing that needs fixing (the editor decides where).
import type { JSX } from 'preact';
import type { Course, Plan } from '@brightpath/core';

import { names } from './lesson-words';
import { trayItems } from './tray-counts';

export function Tray(props: {
  plan: Plan;
  onPointerDown(event: PointerEvent, course: Course): void;
  onPlace(course: Course): void;
}): JSX.Element {
  const items = trayItems(props.plan);
  return (
    <section class="tray" aria-label="Still to place">
      <h3>Still to place</h3>
      {items.length === 0 && <p class="tray-empty">Every session of the week is placed.</p>}
      <ul data-testid="tray" role="list">
        {items.map(({ course, missing }) => {
          const who = names(course.students, props.plan.students);
          return (
            <li
              key={course.id}
              data-course-id={course.id}
              role="button"
              tabIndex={0}
              aria-label={`${course.subject} for ${who}, ${missing} to place, ${course.minutesPerSession} minutes each`}
              onPointerDown={(e) => props.onPointerDown(e as PointerEvent, course)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  props.onPlace(course);
                }
              }}
            >
              <span class="subject">{course.subject}</span> <span class="who">{who}</span>{' '}
              <span class="count">×{missing}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
