// The messages between the page and validate.worker.ts.
import type { DecodeProblem, Plan, ValidationReport } from '@brightpath/core';

export interface ValidateRequest {
  id: number;
  /** JSON text or its UTF-8 bytes are cheaper to post than an object of thousands of lessons. */
  plan: string | ArrayBuffer | Plan;
}

export type ValidateReply =
  | { id: number; ok: true; report: ValidationReport; ms: number }
  /** `decode`: the plan is not a valid document (a PlanDecodeError's errors). */
  | { id: number; ok: false; message: string; decode?: DecodeProblem[] };
