// A TypeScript consumer of @brightpath/core, compiled with `tsc --noEmit` by
// typings.test.mjs (and by the pack smoke test against the installed tarball). It uses
// every exported name the way the README shows, and the @ts-expect-error lines prove the
// typings reject obvious misuse. It uses no DOM or Node global, so that tsconfig.es2022.json
// proves the typings need nothing beyond lib ES2022; consumer.dom.ts has the rest.
import {
  BrightPathError,
  DecodeError,
  Core,
  type Diagnostic,
  type Edit,
  type EditResult,
  EditDecodeError,
  init,
  type Plan,
  PlanDecodeError,
  type Session,
  type SolveProgress,
  type SolveResult,
  type ValidationReport,
} from '@brightpath/core';

const plan: Plan = {
  format: 'brightpath-plan',
  version: 1,
  timeZone: 'America/Chicago',
  week: { schoolDays: ['mon', 'tue'], start: '08:00', end: '15:00', grid: 15 },
  students: [{ id: 'ann', name: 'Ann', grade: '3', maxDailyMinutes: 240 }],
  courses: [{ id: 'math', subject: 'Math', students: ['ann'], sessionsPerWeek: 2, minutesPerSession: 30, teaching: 'independent' }],
  placements: [{ id: 'p1', course: 'math', day: 'mon', start: '09:00', duration: 30 }],
  weights: { 'outside-preferred-window': 5 },
};

export async function main(): Promise<number> {
  const core: Core = await init();
  await init({ wasmUrl: 'https://cdn.example/brightpath_core.wasm' });
  await init({ wasmUrl: { href: 'https://cdn.example/brightpath_core.wasm' } });
  await init({ wasmBinary: new Uint8Array(0) });
  const limit: number = core.maxDocumentBytes + core.memoryBytes;

  const report: ValidationReport = core.validate(plan);
  const first: Diagnostic | undefined = report.diagnostics[0];
  const lessons: string[] | undefined = first?.refs.lessons;
  const day: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun' | undefined = first?.span?.day;
  const text: string = core.validateJson(JSON.stringify(plan));
  const errors: number = report.summary.errors + core.rules().length + core.planVersion;

  const edit: Edit = { op: 'move', lesson: 'p1', day: 'tue', start: '10:00' };
  let result: EditResult;
  {
    using session: Session = core.openSession(plan);
    result = session.apply(edit);
    session.apply({ op: 'set-guardian', lesson: 'p1', guardian: null });
    const counts = session.counts();
    const again: Plan = session.plan();
    void [counts.warnings, again.placements?.length, session.disposed];
  }
  const solved: SolveResult = core.solve(plan, { timeBudgetMs: 100, mayMove: 'all-unlocked', stallIterations: -1 }, (p: SolveProgress) =>
    p.phase === 'searching' && p.work > 0 && p.unplaced === 0 ? false : undefined,
  );
  const solvedPlan: Plan | null = solved.plan;
  void [solved.status === 'feasible', solved.breakdown[0]?.penalty, solvedPlan];
  // Proved impossible or merely not found: the statuses a parent's screen tells apart.
  const proved: boolean = solved.status === 'infeasible' && solved.explanations.some((e) => e.proof);
  const removed: string[] = solved.status === 'incomplete' ? solved.removed.map((l) => l.lesson) : [];
  void [proved, removed];
  // @ts-expect-error: mayMove takes one of two words
  core.solve(plan, { mayMove: 'everything' });

  const explicit = core.openSession(new Uint8Array([123, 125]));
  explicit.dispose();

  // A decode error rebuilt from the plain data a Web Worker posted back.
  const rebuilt = new PlanDecodeError([{ path: '/week/grid', message: '7 is not one of 5, 10, 15, 20, 30, 60' }]);
  void [rebuilt.errors[0]?.path, rebuilt instanceof DecodeError, new EditDecodeError([]).name];

  try {
    core.validate('{}');
  } catch (e) {
    if (e instanceof PlanDecodeError) return e.errors.map((x) => x.path + x.message).length;
    if (e instanceof EditDecodeError) return -1;
    if (e instanceof BrightPathError) return e.cause === undefined ? -2 : -3;
  }

  // @ts-expect-error: an unknown edit op
  const wrongOp: Edit = { op: 'fly', lesson: 'p1' };
  // @ts-expect-error: days are codes, not numbers
  const wrongDay: Plan['placements'] = [{ id: 'p', course: 'c', day: 1, start: '09:00', duration: 30 }];
  // @ts-expect-error: Core's constructor is private; init() loads the module
  const direct = new Core();
  // @ts-expect-error: options is an object
  core.solve(plan, 5);
  void [wrongOp, wrongDay, direct, lessons, day, text, result.ok, result.added, limit];
  return errors;
}
