// The one Core of the page. Loading the WebAssembly module takes a fetch and a compile, so
// every part of the app shares one promise instead of each calling init().
import { init, type Core } from '@brightpath/core';

let loading: Promise<Core> | undefined;

/** The page's Core, loaded on first call. A failed load is forgotten so a later call retries. */
export function getCore(): Promise<Core> {
  loading ??= init().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
