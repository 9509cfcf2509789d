// Shading while a lesson is dragged: for every day and grid start the lesson could be dropped
// on, the core is asked (store.probe: apply, read, take back) whether the drop would add an
// error naming the lesson. A family week has about 170 such slots and a probe costs 0.05–0.3 ms,
// so all of them can take longer than a frame: they are probed in slices of a few
// milliseconds, the day under the pointer first, and the answers kept for the whole drag.
import type { DayCode, Edit } from '@brightpath/core';

import type { PlanStore } from './plan-store';
import { namesLessonError } from './problems';

export interface Slot {
  day: DayCode;
  start: number;
}

export type Scheduler = (work: () => void) => void;

export interface SlotProbeOptions {
  /** The edits that would drop the lesson on a slot. */
  editsFor(slot: Slot): Edit[];
  /** The lesson whose new errors count (for a new lesson, its id to be). */
  lesson: string;
  slots: Slot[];
  /** Milliseconds of probing per slice (default 6, leaving the frame room to draw). */
  budgetMs?: number;
  /** Runs the next slice (default: the next animation frame). */
  schedule?: Scheduler;
  now?: () => number;
  /** Called after each slice with every answer so far. */
  onUpdate(bad: ReadonlySet<string>, done: boolean): void;
}

export function slotKey(day: DayCode, start: number): string {
  return `${day}@${start}`;
}

export class SlotProbe {
  readonly bad = new Set<string>();
  /** Milliseconds spent probing so far, and in the longest slice (what a frame had to give). */
  busyMs = 0;
  longestSliceMs = 0;
  readonly total: number;
  #pending: Slot[];
  #cancelled = false;
  #running = false;

  constructor(
    private readonly store: PlanStore,
    private readonly options: SlotProbeOptions,
  ) {
    this.#pending = [...options.slots];
    this.total = options.slots.length;
  }

  get done(): boolean {
    return this.#pending.length === 0;
  }

  /** Probes the slots of `day` next (the day under the pointer). */
  prefer(day: DayCode): void {
    const first = this.#pending.filter((s) => s.day === day);
    if (first.length === 0 || this.#pending[0]?.day === day) return;
    this.#pending = [...first, ...this.#pending.filter((s) => s.day !== day)];
  }

  /** Runs one slice now, then the rest slice by slice. */
  start(): void {
    this.#slice();
  }

  cancel(): void {
    this.#cancelled = true;
  }

  #slice = (): void => {
    if (this.#cancelled || this.#running) return;
    this.#running = true;
    const now = this.options.now ?? (() => performance.now());
    const budget = this.options.budgetMs ?? 6;
    const began = now();
    try {
      // At least one slot a slice, so that every slice makes progress.
      do {
        const slot = this.#pending.shift();
        if (!slot) break;
        const result = this.store.probe(this.options.editsFor(slot));
        if (!result.ok || namesLessonError(result.added, this.options.lesson)) this.bad.add(slotKey(slot.day, slot.start));
      } while (now() - began < budget);
    } finally {
      this.#running = false;
      const spent = now() - began;
      this.busyMs += spent;
      this.longestSliceMs = Math.max(this.longestSliceMs, spent);
    }
    this.options.onUpdate(this.bad, this.done);
    if (!this.done) (this.options.schedule ?? requestAnimationFrame)(this.#slice);
  };
}
