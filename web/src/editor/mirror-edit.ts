// The plan document after an edit the core accepted, computed in JavaScript. Reading the
// whole plan back from the session costs tens of milliseconds on a co-op plan (thousands of
// placements through JSON), far more than a frame, while an accepted edit changes one
// placement or one guardian: this copies the document with that one change. It is data
// bookkeeping only; whether the result is a good week is always the core's judgement.
import type { DayWindow, Edit, Placement, Plan } from '@brightpath/core';

export function mirrorEdit(plan: Plan, edit: Edit): Plan {
  switch (edit.op) {
    case 'move':
      return withPlacement(plan, edit.lesson, (p) => ({ ...p, day: edit.day, start: edit.start }));
    case 'resize':
      return withPlacement(plan, edit.lesson, (p) => ({ ...p, duration: edit.duration }));
    case 'set-guardian':
      return withPlacement(plan, edit.lesson, (p) => {
        const { guardian: _old, ...rest } = p;
        return edit.guardian == null ? rest : { ...rest, guardian: edit.guardian };
      });
    case 'add':
      return { ...plan, placements: [...(plan.placements ?? []), { ...edit.lesson }] };
    case 'remove':
      return { ...plan, placements: (plan.placements ?? []).filter((p) => p.id !== edit.lesson) };
    case 'set-availability':
      return {
        ...plan,
        guardians: (plan.guardians ?? []).map((g) =>
          g.id === edit.guardian ? { ...g, availability: edit.availability.map((w): DayWindow => ({ ...w })) } : g,
        ),
      };
  }
}

/** The edit that takes `plan` (the document before `edit`) back from the document after it. */
export function inverseEdit(plan: Plan, edit: Edit): Edit {
  switch (edit.op) {
    case 'move': {
      const p = placement(plan, edit.lesson);
      return { op: 'move', lesson: p.id, day: p.day, start: p.start };
    }
    case 'resize':
      return { op: 'resize', lesson: edit.lesson, duration: placement(plan, edit.lesson).duration };
    case 'set-guardian':
      return { op: 'set-guardian', lesson: edit.lesson, guardian: placement(plan, edit.lesson).guardian ?? null };
    case 'add':
      return { op: 'remove', lesson: edit.lesson.id };
    case 'remove':
      return { op: 'add', lesson: { ...placement(plan, edit.lesson) } };
    case 'set-availability': {
      const guardian = (plan.guardians ?? []).find((g) => g.id === edit.guardian);
      if (!guardian) throw new UnknownTarget(`there is no guardian "${edit.guardian}"`);
      return { op: 'set-availability', guardian: guardian.id, availability: guardian.availability.map((w) => ({ ...w })) };
    }
  }
}

/** An edit names a lesson or guardian the plan does not have (the core refuses it too). */
export class UnknownTarget extends Error {}

function placement(plan: Plan, id: string): Placement {
  const found = (plan.placements ?? []).find((p) => p.id === id);
  if (!found) throw new UnknownTarget(`there is no lesson "${id}"`);
  return found;
}

function withPlacement(plan: Plan, id: string, change: (p: Placement) => Placement): Plan {
  return { ...plan, placements: (plan.placements ?? []).map((p) => (p.id === id ? change(p) : p)) };
}
