// The week editor: drag lessons to move them (snapping to the week's grid), drag the lower
// edge to resize, drag from the tray to add; arrow keys move the selected lesson. Every
// change goes through the PlanStore, so the core checks it; while a lesson is dragged the
// slots where it would cause an error are shaded (slot-probe.ts).
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Course, DayCode, Diagnostic, Edit, Placement } from '@brightpath/core';

import type { ColourBy } from './block-colours';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { cancelDrop, markDrop } from './drop-marks';
import { LessonEditor } from './LessonEditor';
import { mirrorEdit } from './mirror-edit';
import type { PlanStore } from './plan-store';
import { namesLessonError, problemSentence, problemsByLesson } from './problems';
import { SlotProbe } from './slot-probe';
import { candidateSlots, snapDuration, snapStart, toClock, toMinutes } from './time-grid';
import { newLessonId } from './tray-counts';
import { Tray } from './Tray';
import { defaultView, type WeekViewKind } from './week-layout';
import { pixelsPerMinute, WeekGrid, type GridHandlers } from './WeekGrid';
import './week-editor.css';

/** A drag under way: what is dragged and the edit it would make if let go now. */
interface Drag {
  kind: 'move' | 'resize' | 'add';
  placement: Placement;
  course: Course | undefined;
  /** Minutes between the lesson's start and the pointer. */
  grab: number;
  x0: number;
  y0: number;
  started: boolean;
  day: DayCode;
  start: number;
  duration: number;
  probe?: SlotProbe;
  bad: ReadonlySet<string>;
}

/**
 * `readOnly`: a household's viewer looks without changing anything: no drags, no edits by
 * key, no tray or lesson editor, no undo; choosing what to show and the problems list stay.
 */
export function WeekEditor(props: { store: PlanStore; readOnly?: boolean }): JSX.Element {
  const { store, readOnly = false } = props;
  const plan = store.plan.value;
  const report = store.report.value;
  const revision = store.revision.value;
  const [chosenView, setView] = useState<WeekViewKind>(() => defaultView(plan));
  // A replaced document (another version, the setup's result) may not have the child or adult shown.
  const view = viewStillValid(chosenView, plan) ? chosenView : defaultView(plan);
  const [colourBy, setColourBy] = useState<ColourBy>('child');
  const [selected, setSelected] = useState<string>();
  const [chosen, setChosen] = useState<Diagnostic>();
  const [drag, setDrag] = useState<Drag>();
  const [editorFocus, setEditorFocus] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const dayBodies = useRef(new Map<DayCode, HTMLElement>());
  const dragRef = useRef<Drag | undefined>(undefined);
  const refocus = useRef<string | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);

  const courses = useMemo(() => new Map((plan.courses ?? []).map((c) => [c.id, c])), [plan.courses]);
  const problems = useMemo(() => problemsByLesson(report), [report]);
  const selectedPlacement = selected ? plan.placements?.find((p) => p.id === selected) : undefined;

  // After an edit: say how many problems there are, and keep the keyboard on the moved lesson
  // (its block may have been drawn anew in another day).
  useLayoutEffect(() => {
    if (revision === 0) return;
    setAnnouncement(problemSentence(report.summary));
    setChosen(undefined);
    const id = refocus.current;
    refocus.current = undefined;
    if (id) root.current?.querySelector<HTMLElement>(`[data-lesson-id="${CSS.escape(id)}"]`)?.focus();
  }, [revision]);

  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) anywhere but in a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (readOnly || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, readOnly]);

  function edit(edits: Edit | Edit[], label: string, focus?: string): boolean {
    if (readOnly) {
      setAnnouncement(readOnlyWords);
      return false;
    }
    refocus.current = focus;
    const result = store.apply(edits, label);
    if (!result.ok) {
      refocus.current = undefined;
      setAnnouncement(`That change was not made: ${result.message}`);
    }
    return result.ok;
  }

  function subject(p: Placement): string {
    return courses.get(p.course)?.subject ?? 'lesson';
  }

  // ---- pointer drags -------------------------------------------------------------------

  function pointerMinutes(day: DayCode, clientY: number): number {
    const rect = dayBodies.current.get(day)?.getBoundingClientRect();
    return toMinutes(plan.week.start) + (clientY - (rect?.top ?? 0)) / pixelsPerMinute;
  }

  function dayAt(clientX: number, fallback: DayCode): DayCode {
    let best = fallback;
    let distance = Infinity;
    for (const [day, el] of dayBodies.current) {
      const r = el.getBoundingClientRect();
      const d = clientX < r.left ? r.left - clientX : clientX > r.right ? clientX - r.right : 0;
      if (d < distance) [best, distance] = [day, d];
    }
    return best;
  }

  function dropEdits(d: Drag, day: DayCode, start: number): Edit[] {
    if (d.kind === 'add') return [{ op: 'add', lesson: { ...d.placement, day, start: toClock(start) } }];
    if (d.kind === 'resize') return [{ op: 'resize', lesson: d.placement.id, duration: d.duration }];
    return [{ op: 'move', lesson: d.placement.id, day, start: toClock(start) }];
  }

  function beginDrag(e: PointerEvent, d: Omit<Drag, 'started' | 'bad' | 'x0' | 'y0'>) {
    if (e.button !== 0 || readOnly) return;
    const state: Drag = { ...d, x0: e.clientX, y0: e.clientY, started: false, bad: new Set() };
    dragRef.current = state;
    const onMove = (ev: PointerEvent) => {
      const cur = dragRef.current;
      if (!cur) return;
      if (!cur.started) {
        if (Math.hypot(ev.clientX - cur.x0, ev.clientY - cur.y0) < 4) return;
        cur.started = true;
        if (cur.kind !== 'resize') {
          performance.mark('probe-start');
          cur.probe = new SlotProbe(store, {
            lesson: cur.placement.id,
            slots: candidateSlots(plan.week, cur.duration),
            editsFor: (slot) => dropEdits(cur, slot.day, slot.start),
            onUpdate: (bad, done) => {
              // For the benchmark: the probing's own time and its longest slice, beside the wall time.
              if (done) {
                const probe = cur.probe!;
                performance.measure('drag-probe', { start: 'probe-start', detail: { busyMs: probe.busyMs, longestSliceMs: probe.longestSliceMs, slots: probe.total, badSlots: probe.bad.size } });
              }
              if (dragRef.current === cur) {
                cur.bad = new Set(bad);
                setDrag({ ...cur });
              }
            },
          });
          cur.probe.prefer(cur.day);
          cur.probe.start();
        }
      }
      ev.preventDefault();
      if (cur.kind === 'resize') {
        cur.duration = snapDuration(plan.week, cur.start, pointerMinutes(cur.day, ev.clientY) - cur.start);
      } else {
        cur.day = dayAt(ev.clientX, cur.day);
        cur.start = snapStart(plan.week, pointerMinutes(cur.day, ev.clientY) - cur.grab, cur.duration);
        cur.probe?.prefer(cur.day);
      }
      setDrag({ ...cur });
    };
    const finish = (ev: PointerEvent | undefined) => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('keydown', onKey, true);
      const cur = dragRef.current;
      dragRef.current = undefined;
      cur?.probe?.cancel();
      setDrag(undefined);
      if (!cur?.started || !ev) return;
      const p = cur.placement;
      const unchanged =
        cur.kind === 'resize' ? cur.duration === p.duration : cur.kind === 'move' && cur.day === p.day && toClock(cur.start) === p.start;
      if (unchanged) return;
      markDrop();
      const label = cur.kind === 'add' ? `Add ${subject(p)}` : cur.kind === 'resize' ? `Change length of ${subject(p)}` : `Move ${subject(p)}`;
      if (!edit(dropEdits(cur, cur.day, cur.start), label, p.id)) cancelDrop();
      else setSelected(p.id);
    };
    const onUp = (ev: PointerEvent) => finish(ev);
    const onCancel = () => finish(undefined);
    // Escape during a drag puts the lesson back where it was.
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape') return;
      ev.preventDefault();
      finish(undefined);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    window.addEventListener('keydown', onKey, true);
  }

  // ---- keyboard ------------------------------------------------------------------------

  function onBlockKeyDown(e: KeyboardEvent, p: Placement) {
    const week = plan.week;
    const start = toMinutes(p.start);
    const days = week.schoolDays;
    let target: { day: DayCode; start: number } | undefined;
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        const i = days.indexOf(p.day) + (e.key === 'ArrowLeft' ? -1 : 1);
        if (i >= 0 && i < days.length) target = { day: days[i]!, start };
        break;
      }
      case 'ArrowUp':
      case 'ArrowDown': {
        const next = start + (e.key === 'ArrowUp' ? -week.grid : week.grid);
        if (next >= toMinutes(week.start) && next + p.duration <= toMinutes(week.end)) target = { day: p.day, start: next };
        break;
      }
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        if (edit({ op: 'remove', lesson: p.id }, `Delete ${subject(p)}`)) setSelected(undefined);
        return;
      case 'Enter':
        e.preventDefault();
        setSelected(p.id);
        setEditorFocus((n) => n + 1);
        return;
      case 'Escape':
        setSelected(undefined);
        return;
      default:
        return;
    }
    e.preventDefault();
    if (!target) return;
    markDrop();
    if (!edit({ op: 'move', lesson: p.id, day: target.day, start: toClock(target.start) }, `Move ${subject(p)}`, p.id)) cancelDrop();
  }

  // Enter on a tray item: the first time where the core adds no error about the new lesson
  // (warnings, such as outside its preferred time, are allowed and shown).
  function placeFromTray(course: Course) {
    const id = newLessonId(plan, course.id);
    for (const slot of candidateSlots(plan.week, course.minutesPerSession)) {
      const lesson: Placement = { id, course: course.id, day: slot.day, start: toClock(slot.start), duration: course.minutesPerSession };
      const probe = store.probe({ op: 'add', lesson });
      if (probe.ok && !namesLessonError(probe.added, id)) {
        edit({ op: 'add', lesson }, `Add ${course.subject}`, id);
        return;
      }
    }
    setAnnouncement(`There is no time left in the week where ${course.subject} fits without a problem; drag it onto the week to place it anyway.`);
  }

  const handlers: GridHandlers = {
    onBlockPointerDown(e, p, part) {
      setSelected(p.id);
      beginDrag(e, {
        kind: part === 'edge' ? 'resize' : 'move',
        placement: p,
        course: courses.get(p.course),
        grab: pointerMinutes(p.day, e.clientY) - toMinutes(p.start),
        day: p.day,
        start: toMinutes(p.start),
        duration: p.duration,
      });
    },
    onBlockFocus(p) {
      setSelected(p.id);
    },
    onBlockKeyDown,
    dayBody(day, el) {
      if (el) dayBodies.current.set(day, el);
      else dayBodies.current.delete(day);
    },
  };

  function onTrayPointerDown(e: PointerEvent, course: Course) {
    const placement: Placement = {
      id: newLessonId(plan, course.id),
      course: course.id,
      day: plan.week.schoolDays[0]!,
      start: plan.week.start,
      duration: course.minutesPerSession,
    };
    beginDrag(e, {
      kind: 'add',
      placement,
      course,
      grab: Math.min(15, course.minutesPerSession / 2),
      day: placement.day,
      start: toMinutes(placement.start),
      duration: placement.duration,
    });
  }

  // What is drawn: the plan, with the dragged lesson where it would land.
  let shown = plan;
  if (drag?.started) {
    const [preview] = dropEdits(drag, drag.day, drag.start);
    shown = mirrorEdit(plan, preview!);
  }
  const highlight = chosen && {
    lessons: new Set(chosen.refs.lessons ?? []),
    students: new Set(chosen.refs.students ?? []),
  };

  return (
    <div class="week-editor" ref={root}>
      <div class="week-editor-bar" role="toolbar" aria-label="Week editor">
        {readOnly ? (
          <span class="read-only-note" data-testid="read-only">{readOnlyWords}</span>
        ) : (
          <>
            <button type="button" onClick={() => store.undo()} disabled={!store.canUndo.value} title={store.undoLabel.value}>
              Undo
            </button>
            <button type="button" onClick={() => store.redo()} disabled={!store.canRedo.value} title={store.redoLabel.value}>
              Redo
            </button>
          </>
        )}
        <label>
          Show{' '}
          <select
            value={view.kind === 'family' ? 'family' : `${view.kind}:${view.id}`}
            onChange={(e) => {
              const [kind, id] = (e.target as HTMLSelectElement).value.split(':');
              setView(kind === 'family' ? { kind: 'family' } : { kind: kind as 'child' | 'guardian', id: id! });
            }}
          >
            <option value="family">Whole family</option>
            {(plan.students ?? []).map((s) => (
              <option key={s.id} value={`child:${s.id}`}>
                {s.name}
              </option>
            ))}
            {(plan.guardians ?? []).map((g) => (
              <option key={g.id} value={`guardian:${g.id}`}>
                What {g.name} teaches
              </option>
            ))}
          </select>
        </label>
        <fieldset class="colour-by">
          <legend>Colour by</legend>
          {(['child', 'subject'] as const).map((c) => (
            <label key={c}>
              <input type="radio" name="colour-by" checked={colourBy === c} onChange={() => setColourBy(c)} /> {c}
            </label>
          ))}
        </fieldset>
      </div>
      <div class="week-editor-main">
        <div class="week-editor-week">
          <WeekGrid
            plan={shown}
            view={view}
            colourBy={colourBy}
            problems={problems}
            selected={selected}
            highlight={highlight}
            dragging={drag?.started ? drag.placement.id : undefined}
            shading={
              drag?.started && drag.kind !== 'resize'
                ? { students: new Set(drag.course?.students ?? []), bad: drag.bad, grid: plan.week.grid }
                : undefined
            }
            handlers={handlers}
            label="Week"
          />
        </div>
        <div class="week-editor-side">
          {selectedPlacement && !readOnly && (
            <LessonEditor
              plan={plan}
              placement={selectedPlacement}
              course={courses.get(selectedPlacement.course)}
              focusRequest={editorFocus}
              onGuardian={(guardian) =>
                edit({ op: 'set-guardian', lesson: selectedPlacement.id, guardian }, `Change who teaches ${subject(selectedPlacement)}`)
              }
              onLocked={(locked) => {
                // The core has no lock edit: the lesson is taken out and put back locked (or not), one undo step.
                const { locked: _was, ...rest } = selectedPlacement;
                edit(
                  [
                    { op: 'remove', lesson: selectedPlacement.id },
                    { op: 'add', lesson: locked ? { ...rest, locked: true } : rest },
                  ],
                  locked ? `Lock ${subject(selectedPlacement)}` : `Unlock ${subject(selectedPlacement)}`,
                );
              }}
              onDelete={() => {
                if (edit({ op: 'remove', lesson: selectedPlacement.id }, `Delete ${subject(selectedPlacement)}`)) setSelected(undefined);
              }}
              onClose={() => {
                const id = selectedPlacement.id;
                setSelected(undefined);
                root.current?.querySelector<HTMLElement>(`[data-lesson-id="${CSS.escape(id)}"]`)?.focus();
              }}
            />
          )}
          {!readOnly && <Tray plan={plan} onPointerDown={onTrayPointerDown} onPlace={placeFromTray} />}
          <DiagnosticsPanel report={report} chosen={chosen} onChoose={setChosen} />
        </div>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function viewStillValid(view: WeekViewKind, plan: { students?: { id: string }[]; guardians?: { id: string }[] }): boolean {
  if (view.kind === 'family') return true;
  const people = view.kind === 'child' ? plan.students : plan.guardians;
  return (people ?? []).some((p) => p.id === view.id);
}

const readOnlyWords = 'You can look at this week; an owner of the household can let you change it.';
