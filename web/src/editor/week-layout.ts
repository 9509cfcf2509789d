// Which lanes and blocks a view of the week shows. Pure data from the plan: the editor and
// the read-only week draw from it, the unit tests check it without a browser.
import type { Course, DayCode, Placement, Plan, Student } from '@brightpath/core';

export type WeekViewKind = { kind: 'family' } | { kind: 'child'; id: string } | { kind: 'guardian'; id: string };

export interface LaidBlock {
  placement: Placement;
  course: Course | undefined;
  /** The lane's child. */
  student: string;
  /**
   * A shared lesson is drawn in the lane of each of its children (each child is busy then,
   * and a lane shows a child's whole day); the first drawing is the lesson's focusable block,
   * the others are aria-hidden copies so a screen reader or the Tab key meets it once.
   */
  primary: boolean;
}

export interface DayLayout {
  day: DayCode;
  lanes: { student: Student; blocks: LaidBlock[] }[];
}

/** Who teaches a lesson: its own guardian, else its course's. */
export function teacherOf(placement: Placement, course: Course | undefined): string | undefined {
  return placement.guardian ?? course?.guardian;
}

export function layoutWeek(plan: Plan, view: WeekViewKind): DayLayout[] {
  const courses = new Map((plan.courses ?? []).map((c) => [c.id, c]));
  const shown = (p: Placement) => view.kind !== 'guardian' || teacherOf(p, courses.get(p.course)) === view.id;
  const placements = (plan.placements ?? []).filter(shown);

  let students = plan.students ?? [];
  if (view.kind === 'child') students = students.filter((s) => s.id === view.id);
  if (view.kind === 'guardian') {
    const taught = new Set(placements.flatMap((p) => courses.get(p.course)?.students ?? []));
    students = students.filter((s) => taught.has(s.id));
  }
  const laneOf = new Map(students.map((s, i) => [s.id, i]));

  return plan.week.schoolDays.map((day) => {
    const lanes = students.map((student) => ({ student, blocks: [] as LaidBlock[] }));
    for (const placement of placements) {
      if (placement.day !== day) continue;
      const course = courses.get(placement.course);
      let primary = true;
      for (const student of course?.students ?? []) {
        const lane = laneOf.get(student);
        if (lane === undefined) continue;
        lanes[lane]!.blocks.push({ placement, course, student, primary });
        primary = false;
      }
    }
    return { day, lanes };
  });
}

/** The default view: the whole family, or the first child when there are too many lanes to read. */
export function defaultView(plan: Plan): WeekViewKind {
  const students = plan.students ?? [];
  return students.length > 12 ? { kind: 'child', id: students[0]!.id } : { kind: 'family' };
}
