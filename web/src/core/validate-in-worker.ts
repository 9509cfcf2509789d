// The page's side of validate.worker.ts: one worker, started on first use and kept.
import { BrightPathError, PlanDecodeError, type Plan, type ValidationReport } from '@brightpath/core';

import type { ValidateReply, ValidateRequest } from './validate-messages';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve(report: ValidationReport): void; reject(error: Error): void }>();

function start(): Worker {
  const w = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = ({ data }: MessageEvent<ValidateReply>) => {
    const call = waiting.get(data.id);
    waiting.delete(data.id);
    if (!call) return;
    if (data.ok) call.resolve(data.report);
    else call.reject(data.decode ? new PlanDecodeError(data.decode) : new BrightPathError(data.message));
  };
  // A worker that cannot start (its script or the .wasm failed to load) fails every call.
  w.onerror = (event) => {
    event.preventDefault();
    for (const call of waiting.values()) call.reject(new BrightPathError(`the checking worker failed: ${event.message}`));
    waiting.clear();
    w.terminate();
    worker = undefined;
  };
  return w;
}

/** The core's full check of `plan`, made in a Web Worker; rejects with PlanDecodeError for an invalid document. */
export function validateInWorker(plan: string | ArrayBuffer | Plan): Promise<ValidationReport> {
  worker ??= start();
  const id = nextId++;
  const message: ValidateRequest = { id, plan };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage(message);
  });
}
