// Opening a plan for editing. A family's week is checked on the page at once (well under a
// frame); a plan with thousands of lessons (a co-op) is checked in a Web Worker first, so the
// page draws it without a long task, and the page's own session, needed for edits, opens
// when the page is idle.
import type { Core, Plan } from '@brightpath/core';

import { validateInWorker } from '../core/validate-in-worker';
import { createPlanStore, type PlanStore } from './plan-store';

/** Plans with more lessons than this are checked in the worker (the family example has 101, the co-op 3,698). */
export const workerThreshold = 500;

/** `text`, when the caller has the document as JSON text, is posted to the worker instead of the object. */
export async function openPlanStore(core: Core, plan: Plan, options: { text?: string } = {}): Promise<PlanStore> {
  if ((plan.placements?.length ?? 0) <= workerThreshold) return createPlanStore(core, plan);
  const report = await validateInWorker(options.text ?? plan);
  return createPlanStore(core, plan, { report });
}
