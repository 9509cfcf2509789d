// The parts of a consumer that use DOM globals (URL, TextEncoder), compiled with the
// configurations that include the DOM lib; consumer.ts is the rest and needs only ES2022.
import { init } from '@brightpath/core';

export async function loadFromCdn(plan: object): Promise<number> {
  const core = await init({ wasmUrl: new URL('https://cdn.example/brightpath_core.wasm') });
  return core.validate(new TextEncoder().encode(JSON.stringify(plan))).summary.errors;
}
