// The other web engineers' parts the shell puts on screen, imported in this one place:
// the core and the week editor (web/src/core, web/src/editor) and the setup flow (web/src/setup).
export { getCore } from '../core/core';
export { openPlanStore } from '../editor/open-plan-store';
export type { PlanStore } from '../editor/plan-store';
export { WeekEditor } from '../editor/WeekEditor';
export { WeekView } from '../editor/WeekView';
export { SetupFlow } from '../setup/SetupFlow';
export { PrintView } from '../print/PrintView';
