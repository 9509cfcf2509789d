// A read-only week, e.g. the solver's draft above the current one; `moved` lessons are marked.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Plan, ValidationReport } from '@brightpath/core';

import type { ColourBy } from './block-colours';
import { problemsByLesson } from './problems';
import { defaultView } from './week-layout';
import { WeekGrid } from './WeekGrid';

export function WeekView(props: { plan: Plan; report?: ValidationReport; moved?: ReadonlySet<string>; colourBy?: ColourBy; label?: string }): JSX.Element {
  const [view] = useState(() => defaultView(props.plan));
  return (
    <WeekGrid
      plan={props.plan}
      view={view}
      colourBy={props.colourBy ?? 'child'}
      problems={problemsByLesson(props.report)}
      moved={props.moved}
      label={props.label ?? 'Week (read only)'}
    />
  );
}
