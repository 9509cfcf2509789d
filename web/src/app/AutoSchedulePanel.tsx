// Auto-schedule: choose what may move, watch the progress (cancel any time), then the draft
// above the current week with what moved marked, why anything is left over, and
// Accept / Discard.
import type { Plan } from '@brightpath/core';
import { useState } from 'preact/hooks';

import type { MayMove } from '../api';
import type { AutoScheduleRun } from './auto-schedule';
import { WeekView } from './parts';
import { draftHeadline, explanationItems } from './explanations';
import { movedOrNew } from './plan-diff';
import { sessions } from './words';

export function AutoSchedulePanel(props: {
  run: AutoScheduleRun;
  current: Plan;
  onStart(mayMove: MayMove): void;
  onAccept(): void;
  onSearchLonger(): void;
  onClose(): void;
}) {
  const { run } = props;
  const [mayMove, setMayMove] = useState<MayMove>('unplaced');
  const phase = run.phase.value;
  const job = run.job.value;
  const draft = run.draft.value;

  return (
    <section class="panel auto-schedule" aria-labelledby="auto-schedule-title" data-testid="auto-schedule">
      <h2 id="auto-schedule-title">Auto-schedule</h2>
      {(phase === 'idle' || phase === 'done' || phase === 'failed') && (
        <form onSubmit={(e) => { e.preventDefault(); props.onStart(mayMove); }}>
          <fieldset>
            <legend>What may move</legend>
            <label><input type="radio" name="may-move" checked={mayMove === 'unplaced'} onChange={() => setMayMove('unplaced')} />
              Only place what is missing (your lessons stay where they are)</label>
            <label><input type="radio" name="may-move" checked={mayMove === 'all'} onChange={() => setMayMove('all')} />
              Rearrange everything (locked lessons stay)</label>
          </fieldset>
          {phase === 'done' && <p>Auto-schedule finished without a new week to show.</p>}
          {run.error.value && <p role="alert" class="error">{run.error.value}</p>}
          <button type="submit" class="primary">Start auto-schedule</button>{' '}
          <button type="button" onClick={props.onClose}>Close</button>
        </form>
      )}
      {phase === 'running' && (
        <div role="status" aria-live="polite" data-testid="auto-schedule-progress">
          <p>
            {job?.status === 'queued' || !job?.progress ? 'Waiting for the scheduler…'
              : `Working: ${sessions(job.progress.unplaced)} still to place · ${(job.progress.elapsed_ms / 1000).toFixed(1)} s`}
          </p>
          <progress />
          <button type="button" onClick={() => run.cancel()} disabled={job?.cancel_requested}>Cancel</button>
        </div>
      )}
      {phase === 'draft' && draft && (
        <div class="draft">
          <p>
            {draftHeadline(job?.result)}
            {' '}Lessons that moved or are new are marked.
          </p>
          <Explanations plan={draft.plan} run={run} />
          <div class="draft-actions">
            <button type="button" class="primary" onClick={props.onAccept}>Accept</button>{' '}
            <button type="button" onClick={() => run.discard()}>Discard</button>
            {run.canSearchLonger && (
              <>
                {' '}
                <button type="button" onClick={props.onSearchLonger}>Search longer</button>
                <span class="hint"> A longer search, from another starting point, sometimes completes a tight week.</span>
              </>
            )}
          </div>
          <div class="draft-week" data-testid="draft-week">
            <WeekView plan={draft.plan} report={draft.diagnostics} moved={movedOrNew(props.current, draft.plan)} />
          </div>
        </div>
      )}
    </section>
  );
}

function Explanations(props: { plan: Plan; run: AutoScheduleRun }) {
  const result = props.run.job.value?.result;
  const items = result ? explanationItems(props.plan, result) : [];
  if (items.length === 0) return null;
  return (
    <ul class="explanations" data-testid="explanations" aria-label="What could not be placed, and why">
      {items.map((item, i) => item.kind === 'reason' ? (
        <li key={i} data-concerns={item.concerns.map((r) => `${r.kind}:${r.id}`).join(' ')}>
          {item.message}
          {item.leftOut.length > 0 && (
            <ul class="left-out">
              {item.leftOut.map((c) => <li key={c.course} data-course-id={c.course}>{c.words}</li>)}
            </ul>
          )}
        </li>
      ) : (
        <li key={i} data-course-id={item.course}>{item.message}</li>
      ))}
    </ul>
  );
}
