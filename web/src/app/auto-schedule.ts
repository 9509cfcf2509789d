// One auto-schedule run: start a solve job on the saved version, follow its progress by
// polling (a plain GET works through every proxy; the job changes at most every 250 ms),
// cancel it, read its draft, accept or discard it, or search longer when no complete week
// was found in the time given.
import { signal } from '@preact/signals';

import { isFinished, type Draft, type Endpoints, type Job, type MayMove, type SavedVersion } from '../api';

// Asked for a longer search; the server gives at most its own cap (30 s by default).
const LONGER_SEARCH_MS = 60_000;

export type RunPhase = 'idle' | 'running' | 'draft' | 'done' | 'failed';

export class AutoScheduleRun {
  readonly phase = signal<RunPhase>('idle');
  readonly job = signal<Job | undefined>(undefined);
  readonly draft = signal<Draft | undefined>(undefined);
  readonly error = signal<string | undefined>(undefined);
  private stopped = false;

  constructor(
    private readonly api: Endpoints,
    private readonly household: string,
    private readonly plan: string,
    private readonly pollMs = 400,
  ) {}

  /**
   * `longer`: the server's longest budget (it caps what is asked) and the next seed, so the
   * search does not retrace the one before.
   */
  async start(mayMove: MayMove, longer = false): Promise<void> {
    const before = this.job.value?.options;
    this.phase.value = 'running';
    this.draft.value = undefined;
    this.error.value = undefined;
    try {
      let job = await (longer
        ? this.api.jobs.solve(this.household, this.plan, mayMove, { timeBudgetMs: LONGER_SEARCH_MS, seed: (before?.seed ?? 1) + 1 })
        : this.api.jobs.solve(this.household, this.plan, mayMove));
      this.job.value = job;
      while (!isFinished(job) && !this.stopped) {
        await new Promise((resolve) => setTimeout(resolve, this.pollMs));
        job = await this.api.jobs.get(this.household, job.id);
        this.job.value = job;
      }
      if (this.stopped) return;
      if (job.draft?.state === 'pending') {
        this.draft.value = await this.api.jobs.draft(this.household, job.id);
        this.phase.value = 'draft';
      } else if (job.status === 'failed') {
        this.error.value = 'Auto-schedule stopped with a problem on the server. Please try again.';
        this.phase.value = 'failed';
      } else {
        this.phase.value = 'done';
      }
    } catch (e) {
      this.error.value = e instanceof Error ? e.message : String(e);
      this.phase.value = 'failed';
    }
  }

  /** Asks the server to stop; a running job keeps its best week so far as the draft. */
  async cancel(): Promise<void> {
    const job = this.job.value;
    if (job) this.job.value = await this.api.jobs.cancel(this.household, job.id);
  }

  /** The draft came back incomplete: a complete week may still exist (only `infeasible` says none does). */
  get canSearchLonger(): boolean {
    return this.phase.value === 'draft' && this.job.value?.result?.status === 'incomplete';
  }

  /** What the last job was asked to move, for a longer search of the same kind. */
  get mayMove(): MayMove {
    return this.job.value?.options?.may_move ?? 'unplaced';
  }

  async discard(): Promise<void> {
    const job = this.job.value;
    if (job) await this.api.jobs.discard(this.household, job.id);
    this.draft.value = undefined;
    this.phase.value = 'idle';
  }

  /** Stores the draft as the next version after `baseVersion`; answers the server's save. */
  async accept(baseVersion: number): Promise<SavedVersion> {
    const job = this.job.value!;
    const saved = await this.api.jobs.accept(this.household, job.id, baseVersion);
    this.phase.value = 'idle';
    return saved;
  }

  /** The page goes away: stop following the job (it finishes on the server by itself). */
  dispose(): void {
    this.stopped = true;
  }
}
