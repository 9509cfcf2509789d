// The drawing of a week: day columns, a lane per child, lessons as blocks placed by time.
// Shared by the editor (which passes the interactive parts) and the read-only WeekView.
import type { JSX } from 'preact';
import type { DayCode, Placement, Plan } from '@brightpath/core';

import { colourTable, type ColourBy } from './block-colours';
import { lessonWords } from './lesson-words';
import type { Problem } from './problems';
import { clockWords, dayName, toMinutes } from './time-grid';
import { useNow } from './today';
import { layoutWeek, type LaidBlock, type WeekViewKind } from './week-layout';
import './week-grid.css';

/** Pixels per minute of the time axis (a 15-minute step is 22.5 px). */
export const pixelsPerMinute = 1.5;
// A block shorter than this holds one line, not two (two lines of the grid's 0.8rem text at
// line height 1.2, with padding and borders: week-grid.css): its subject and time share it.
const twoLinesPx = 36;

export interface Shading {
  /** Children whose lanes get the shading (the dragged lesson's). */
  students: ReadonlySet<string>;
  /** Starts (slotKey) where a drop would cause an error. */
  bad: ReadonlySet<string>;
  grid: number;
}

export interface GridHandlers {
  onBlockPointerDown(event: PointerEvent, placement: Placement, part: 'body' | 'edge'): void;
  onBlockFocus(placement: Placement): void;
  onBlockKeyDown(event: KeyboardEvent, placement: Placement): void;
  dayBody(day: DayCode, element: HTMLElement | null): void;
}

export interface WeekGridProps {
  plan: Plan;
  view: WeekViewKind;
  colourBy: ColourBy;
  problems: Map<string, Problem>;
  selected?: string | undefined;
  /** Lessons and children a chosen diagnostic refers to. */
  highlight?: { lessons: ReadonlySet<string>; students: ReadonlySet<string> } | undefined;
  moved?: ReadonlySet<string> | undefined;
  /** The lesson being dragged (drawn where it would land). */
  dragging?: string | undefined;
  shading?: Shading | undefined;
  handlers?: GridHandlers | undefined;
  label: string;
}

export function WeekGrid(props: WeekGridProps): JSX.Element {
  const { plan, view } = props;
  const first = toMinutes(plan.week.start);
  const last = toMinutes(plan.week.end);
  const height = (last - first) * pixelsPerMinute;
  const colours = colourTable(plan);
  const days = layoutWeek(plan, view);
  const now = useNow(plan.timeZone);
  const today = now.day;
  const hours: number[] = [];
  for (let m = Math.ceil(first / 60) * 60; m < last; m += 60) hours.push(m);

  const block = (laid: LaidBlock) => {
    const { placement, course } = laid;
    const start = toMinutes(placement.start);
    const colour = props.colourBy === 'child' ? colours.child.get(laid.student) : colours.subject.get(course?.subject ?? '');
    const problem = props.problems.get(placement.id);
    const classes = ['block'];
    if (props.highlight?.lessons.has(placement.id)) classes.push('highlighted');
    if (props.moved?.has(placement.id)) classes.push('moved');
    if (props.dragging === placement.id) classes.push('dragging');
    if (placement.locked) classes.push('locked');
    if (placement.duration * pixelsPerMinute < twoLinesPx) classes.push('one-line');
    const style = {
      top: `${(start - first) * pixelsPerMinute}px`,
      height: `${placement.duration * pixelsPerMinute}px`,
      '--fill': colour?.fill,
      '--edge': colour?.edge,
    };
    const h = props.handlers;
    const words = lessonWords(plan, placement, course);
    const common = {
      class: classes.join(' '),
      style,
      'data-problem': problem,
      title: words,
      onPointerDown: h && ((e: PointerEvent) => h.onBlockPointerDown(e, placement, (e.target as HTMLElement).dataset.edge ? 'edge' : 'body')),
    };
    const content = (
      <>
        <span class="subject">{course?.subject ?? placement.course}</span>
        {/* Pieces that wrap out of sight one by one when the lane is narrow (week-grid.css):
            the start stays longest. */}
        <span class="time">
          <span>{clockWords(start)}</span>
          <span>–{clockWords(start + placement.duration)}</span>
          {placement.locked && <span>&nbsp;· locked</span>}
        </span>
        {h && <span class="resize-edge" data-edge="1" aria-hidden="true" />}
      </>
    );
    if (!laid.primary) {
      return (
        <div key={`${placement.id}/${laid.student}`} {...common} data-copy-of={placement.id} aria-hidden="true">
          {content}
        </div>
      );
    }
    return (
      <div
        key={placement.id}
        {...common}
        data-lesson-id={placement.id}
        role={h ? 'button' : 'listitem'}
        tabIndex={h ? 0 : undefined}
        aria-label={problem ? `${words}, ${problem === 'error' ? 'needs fixing' : 'worth a look'}` : words}
        aria-pressed={h ? props.selected === placement.id : undefined}
        onFocus={h && (() => h.onBlockFocus(placement))}
        onKeyDown={h && ((e: KeyboardEvent) => h.onBlockKeyDown(e, placement))}
      >
        {content}
      </div>
    );
  };

  // Fixed commitments (co-op, outside lessons) behind the lessons of the children they need.
  const commitments = (day: DayCode, student: string) =>
    (plan.commitments ?? [])
      .filter((c) => c.day === day && (c.students ?? []).includes(student))
      .map((c) => {
        const start = toMinutes(c.start);
        const end = toMinutes(c.end);
        return (
          <div
            key={`commitment-${c.id}`}
            class="commitment"
            data-commitment-id={c.id}
            style={{ top: `${(Math.max(start, first) - first) * pixelsPerMinute}px`, height: `${(Math.min(end, last) - Math.max(start, first)) * pixelsPerMinute}px` }}
          >
            {c.name} {clockWords(start)}–{clockWords(end)}
          </div>
        );
      });

  const shades = (day: DayCode, student: string) => {
    const s = props.shading;
    if (!s || !s.students.has(student)) return null;
    const runs: [number, number][] = [];
    for (let m = first; m < last; m += s.grid) {
      if (!s.bad.has(`${day}@${m}`)) continue;
      const run = runs.at(-1);
      if (run && run[1] === m) run[1] = m + s.grid;
      else runs.push([m, m + s.grid]);
    }
    return runs.map(([from, to]) => (
      <div
        key={`shade-${from}`}
        class="shade"
        data-testid="shade"
        data-slot-start={clockWords(from)}
        aria-hidden="true"
        style={{ top: `${(from - first) * pixelsPerMinute}px`, height: `${(to - from) * pixelsPerMinute}px` }}
      />
    ));
  };

  return (
    <div class="week-grid" role="region" aria-label={props.label} style={{ '--lanes': days[0]?.lanes.length ?? 1 }}>
      <div class="time-axis" aria-hidden="true">
        <div class="day-head" />
        <div class="time-body" style={{ height: `${height}px` }}>
          {hours.map((m) => (
            <span key={m} style={{ top: `${(m - first) * pixelsPerMinute}px` }}>
              {clockWords(m)}
            </span>
          ))}
        </div>
      </div>
      {days.map(({ day, lanes }) => (
        <section key={day} class={day === today ? 'day today' : 'day'} data-day={day} aria-label={dayName(day)}
          aria-current={day === today ? 'date' : undefined}>
          <header class="day-head">
            <h3>
              {dayName(day)}
              {day === today && <span class="today-mark">Today</span>}
            </h3>
            <div class="lane-names" aria-hidden="true">
              {lanes.map(({ student }) => (
                <span key={student.id}>{student.name}</span>
              ))}
            </div>
          </header>
          <div class="lanes" style={{ height: `${height}px` }} ref={props.handlers && ((el) => props.handlers!.dayBody(day, el))}>
            {hours.map((m) => (
              <div key={m} class="hour-line" style={{ top: `${(m - first) * pixelsPerMinute}px` }} />
            ))}
            {day === today && now.minutes >= first && now.minutes < last && (
              <div class="now-line" data-testid="now" aria-hidden="true" title={`Now, ${clockWords(now.minutes)}`}
                style={{ top: `${(now.minutes - first) * pixelsPerMinute}px` }} />
            )}
            {lanes.map(({ student, blocks }) => (
              <div
                key={student.id}
                class={props.highlight?.students.has(student.id) ? 'lane highlighted' : 'lane'}
                data-day={day}
                data-student-id={student.id}
                role={props.handlers ? 'group' : 'list'}
                aria-label={`${student.name}, ${dayName(day)}`}
              >
                {commitments(day, student.id)}
                {shades(day, student.id)}
                {blocks.map(block)}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
