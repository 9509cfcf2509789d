// A module Web Worker with a Core of its own: checks a whole plan off the page's thread, for
// plans big enough that a full check would hold a frame (a co-op's thousands of lessons).
import { DecodeError, init } from '@brightpath/core';

import type { ValidateReply, ValidateRequest } from './validate-messages';

// Listening before anything is awaited: a message sent while the module loads is not lost.
const ready = init();
self.onmessage = async ({ data }: MessageEvent<ValidateRequest>) => {
  let reply: ValidateReply;
  try {
    const core = await ready;
    const started = performance.now();
    const report = core.validate(data.plan);
    reply = { id: data.id, ok: true, report, ms: performance.now() - started };
  } catch (error) {
    reply =
      error instanceof DecodeError
        ? { id: data.id, ok: false, decode: error.errors, message: error.message }
        : { id: data.id, ok: false, message: String(error instanceof Error ? error.message : error) };
  }
  self.postMessage(reply);
};
