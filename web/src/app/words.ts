// Names for ids, so what the parent reads says "Math for Wren", never an id or a code.
import type { Plan } from '@brightpath/core';

export function courseWords(plan: Plan, courseId: string): string {
  const course = plan.courses?.find((c) => c.id === courseId);
  if (!course) return courseId;
  const names = course.students.map((id) => plan.students?.find((s) => s.id === id)?.name ?? id);
  return `${course.subject} for ${names.join(' and ')}`;
}

export const sessions = (n: number) => `${n} session${n === 1 ? '' : 's'}`;

/** A version's counts in the editor's words: "nothing to fix", "1 to fix, 3 worth a look". */
export function checkWords(counts: { errors: number; warnings: number }): string {
  const parts = [counts.errors ? `${counts.errors} to fix` : '', counts.warnings ? `${counts.warnings} worth a look` : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing to fix';
}

/** The server's verdict on the saved version. */
export const serverCheckWords = (counts: { errors: number; warnings: number }) => `Checked by the server: ${checkWords(counts)}`;
