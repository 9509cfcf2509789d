// Block colours by child or by subject: light backgrounds with dark text (contrast above
// 7:1 for #1b1f24 on each), a coloured left edge to tell them apart at a glance.
import type { Plan } from '@brightpath/core';

export type ColourBy = 'child' | 'subject';

const palette = [
  { fill: '#dbeafe', edge: '#1d4ed8' },
  { fill: '#dcfce7', edge: '#15803d' },
  { fill: '#fef3c7', edge: '#b45309' },
  { fill: '#fce7f3', edge: '#be185d' },
  { fill: '#ede9fe', edge: '#6d28d9' },
  { fill: '#ccfbf1', edge: '#0f766e' },
  { fill: '#ffedd5', edge: '#c2410c' },
  { fill: '#e0e7ff', edge: '#4338ca' },
] as const;

export type Colour = (typeof palette)[number];

/** Colours by child index, subjects by their order of first appearance in the plan. */
export function colourTable(plan: Plan): { child: Map<string, Colour>; subject: Map<string, Colour> } {
  const child = new Map((plan.students ?? []).map((s, i) => [s.id, palette[i % palette.length]!]));
  const subject = new Map<string, Colour>();
  for (const c of plan.courses ?? []) {
    if (!subject.has(c.subject)) subject.set(c.subject, palette[subject.size % palette.length]!);
  }
  return { child, subject };
}
