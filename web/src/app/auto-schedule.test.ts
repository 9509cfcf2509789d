// One auto-schedule run against a fake API: polling until the job ends, the draft, cancel,
// accept with the base version, discard.
import { describe, expect, test, vi } from 'vitest';

import type { Endpoints, Job } from '../api';
import { AutoScheduleRun } from './auto-schedule';

const job = (status: Job['status'], extra: Partial<Job> = {}): Job => ({
  id: 'j1', plan_id: 'p1', base_version: 2, status, cancel_requested: false, progress: null, result: null,
  draft: status === 'succeeded' || status === 'cancelled' ? { state: 'pending', accepted_version: null } : null, error: null, ...extra,
});

function fakeApi(statuses: Job['status'][]) {
  const jobs = {
    solve: vi.fn(async () => job('queued')),
    get: vi.fn(async () => job(statuses.shift() ?? 'succeeded', { progress: { elapsed_ms: 500, iterations: 9, unplaced: 3, best_soft: 0, improvements: 1 } })),
    cancel: vi.fn(async () => job('running', { cancel_requested: true })),
    draft: vi.fn(async () => ({ job_id: 'j1', plan_id: 'p1', base_version: 2, plan: { placements: [] }, diagnostics: { summary: { errors: 0, warnings: 0, infos: 0 }, diagnostics: [] } })),
    accept: vi.fn(async () => ({ id: 'p1', version: 3, diagnostics: { summary: { errors: 0, warnings: 0, infos: 0 }, diagnostics: [] } })),
    discard: vi.fn(async () => job('succeeded')),
  };
  return { api: { jobs } as unknown as Endpoints, jobs };
}

describe('an auto-schedule run', () => {
  test('follows the job until it ends, then shows its draft; accept sends the base version', async () => {
    const { api, jobs } = fakeApi(['running', 'running', 'succeeded']);
    const run = new AutoScheduleRun(api, 'h1', 'p1', 1);
    const seen: string[] = [];
    run.job.subscribe((j) => j && seen.push(j.status));
    await run.start('all');
    expect(jobs.solve).toHaveBeenCalledWith('h1', 'p1', 'all');
    expect(seen).toEqual(['queued', 'running', 'running', 'succeeded']);
    expect(run.phase.value).toBe('draft');
    expect(run.draft.value?.base_version).toBe(2);
    expect((await run.accept(2)).version).toBe(3);
    expect(jobs.accept).toHaveBeenCalledWith('h1', 'j1', 2);
  });

  test('cancel asks the server; a cancelled job with a draft still shows it; discard drops it', async () => {
    const { api, jobs } = fakeApi(['running', 'cancelled']);
    const run = new AutoScheduleRun(api, 'h1', 'p1', 1);
    const started = run.start('unplaced');
    await vi.waitFor(() => expect(run.job.value).toBeDefined());
    await run.cancel();
    expect(jobs.cancel).toHaveBeenCalledWith('h1', 'j1');
    await started;
    expect(run.phase.value).toBe('draft');
    await run.discard();
    expect(jobs.discard).toHaveBeenCalled();
    expect(run.phase.value).toBe('idle');
  });

  test('an incomplete week may be searched for longer, from the next seed; a complete one not', async () => {
    const { api, jobs } = fakeApi(['succeeded', 'succeeded']);
    const result = (status: string) => ({ status, unplaced: [{ course: 'c1', count: 2 }], explanations: [] });
    jobs.get.mockImplementationOnce(async () => job('succeeded', {
      result: result('incomplete'), options: { time_budget_ms: 5000, seed: 4, may_move: 'all', stop_when_stalled: true },
    }));
    const run = new AutoScheduleRun(api, 'h1', 'p1', 1);
    await run.start('all');
    expect(run.canSearchLonger).toBe(true);
    expect(run.mayMove).toBe('all');
    await run.start(run.mayMove, true);
    expect(jobs.solve).toHaveBeenLastCalledWith('h1', 'p1', 'all', { timeBudgetMs: 60_000, seed: 5 });
    jobs.get.mockImplementationOnce(async () => job('succeeded', { result: { ...result('feasible'), unplaced: [] } }));
    await run.start('all');
    expect(run.canSearchLonger).toBe(false);
  });

  test('a failed job is said in words', async () => {
    const { api } = fakeApi(['failed']);
    const run = new AutoScheduleRun(api, 'h1', 'p1', 1);
    await run.start('unplaced');
    expect(run.phase.value).toBe('failed');
    expect(run.error.value).toMatch(/try again/);
  });
});
