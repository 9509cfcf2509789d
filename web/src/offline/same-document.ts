// Whether two plan documents say the same: equal JSON values, whatever the order of their
// keys (the server stores a document re-encoded by the core, which writes keys in its own
// order). Used to recognise the page's own save on the server.
import type { Plan } from '@brightpath/core';

export function sameDocument(a: Plan, b: Plan): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v);
}
