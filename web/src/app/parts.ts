// The other web engineers' parts the shell puts on screen, imported in this one place.
// WeekEditor, WeekView (web/src/editor) and SetupFlow (web/src/setup) are stand-ins from
// stand-ins.tsx until those branches are merged; then only these lines change.
export { getCore } from '../core/core';
export { createPlanStore } from '../editor/plan-store';
export type { PlanStore } from '../editor/plan-store';
export { SetupFlow, WeekEditor, WeekView } from './stand-ins';
