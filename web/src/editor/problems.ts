// The core's diagnostics as the week shows them: the worst severity per lesson (for
// data-problem) and the plain words a parent reads. Which problems exist is never decided
// here; this only sorts what the core reported.
import type { Diagnostic, Severity, ValidationReport } from '@brightpath/core';

export type Problem = 'error' | 'warning';

export function problemsByLesson(report: ValidationReport | undefined): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  for (const d of report?.diagnostics ?? []) {
    if (d.severity === 'info') continue;
    for (const lesson of d.refs.lessons ?? []) {
      if (problems.get(lesson) !== 'error') problems.set(lesson, d.severity);
    }
  }
  return problems;
}

export const severityHeading: Record<Severity, string> = {
  error: 'Needs fixing',
  warning: 'Worth a look',
  info: 'For your information',
};

/** The live region's sentence after an edit. */
export function problemSentence(summary: { errors: number; warnings: number }): string {
  const parts: string[] = [];
  if (summary.errors > 0) parts.push(`${summary.errors} ${summary.errors === 1 ? 'problem needs' : 'problems need'} fixing`);
  if (summary.warnings > 0) parts.push(`${summary.warnings} worth a look`);
  return parts.length === 0 ? 'No problems in this week.' : `${parts.join(', ')}.`;
}

/** Whether a diagnostic adds an error about `lesson` (what shades a slot while dragging). */
export function namesLessonError(diagnostics: Diagnostic[], lesson: string): boolean {
  return diagnostics.some((d) => d.severity === 'error' && (d.refs.lessons ?? []).includes(lesson));
}
