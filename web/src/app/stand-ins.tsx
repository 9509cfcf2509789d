// Minimal stand-ins for the editor's WeekEditor / WeekView and the setup's SetupFlow, with
// the interfaces and DOM conventions of the shared contract, so the shell can be built and
// tested before those parts land. Replaced in parts.ts when they do.
import type { Plan, ValidationReport } from '@brightpath/core';
import { useState } from 'preact/hooks';

import type { PlanStore } from '../editor/plan-store';

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function Lessons(props: { plan: Plan; report?: ValidationReport; moved?: ReadonlySet<string>; store?: PlanStore }) {
  const courses = new Map((props.plan.courses ?? []).map((c) => [c.id, c]));
  const students = new Map((props.plan.students ?? []).map((s) => [s.id, s.name]));
  const problems = new Map<string, string>();
  for (const d of props.report?.diagnostics ?? []) {
    for (const id of d.refs.lessons ?? []) if (problems.get(id) !== 'error') problems.set(id, d.severity);
  }
  return (
    <div class="standin-week">
      {props.plan.week.schoolDays.map((day) => (
        <div key={day} data-day={day}>
          <strong>{day}</strong>
          {(props.plan.placements ?? []).filter((p) => p.day === day).map((p) => {
            const course = courses.get(p.course);
            const who = (course?.students ?? []).map((s) => students.get(s) ?? s).join(', ');
            return (
              <div key={p.id} data-lesson-id={p.id} role="button" tabIndex={0} data-problem={problems.get(p.id)}
                data-moved={props.moved?.has(p.id) ? 'true' : undefined}
                aria-label={`${course?.subject ?? p.course} for ${who}, ${day} ${p.start}`}
                onKeyDown={(e) => {
                  if (!props.store || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
                  const step = (e.key === 'ArrowDown' ? 1 : -1) * props.plan.week.grid;
                  props.store.apply({ op: 'move', lesson: p.id, day: p.day, start: clock(minutes(p.start) + step) }, 'Move');
                }}>
                {p.start} {course?.subject ?? p.course} ({who})
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

export function WeekEditor(props: { store: PlanStore }) {
  return <Lessons plan={props.store.plan.value} report={props.store.report.value} store={props.store} />;
}

export function WeekView(props: { plan: Plan; report?: ValidationReport; moved?: ReadonlySet<string> }) {
  return <Lessons {...props} />;
}

export function SetupFlow(props: { initial?: Plan; onFinish(plan: Plan): void; onCancel?(): void }) {
  const [child, setChild] = useState('Wren');
  const finish = () => props.onFinish({
    format: 'brightpath-plan', version: 1, timeZone: 'America/Chicago',
    week: { schoolDays: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '15:00', grid: 15 },
    guardians: [{ id: 'mom', name: 'Mom', availability: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '08:00', end: '15:00' })) }],
    students: [{ id: 'child1', name: child, grade: '3' }],
    courses: [{ id: 'math', subject: 'Math', students: ['child1'], sessionsPerWeek: 5, minutesPerSession: 45, teaching: 'teacher-led', guardian: 'mom' }],
    placements: [],
  } as unknown as Plan);
  return (
    <form onSubmit={(e) => { e.preventDefault(); finish(); }}>
      <label>Child <input value={child} onInput={(e) => setChild(e.currentTarget.value)} /></label>
      <button type="submit">Finish setup</button>
      {props.onCancel && <button type="button" onClick={props.onCancel}>Cancel</button>}
    </form>
  );
}
