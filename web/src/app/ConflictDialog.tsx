// A save that lost the race with another guardian's save: reload theirs, or compare the two
// weeks and keep one. Nothing is decided without the parent.
import type { Plan } from '@brightpath/core';
import { useEffect, useRef, useState } from 'preact/hooks';

import { describeChanges, weekChanges } from './plan-diff';
import { errorText, useServices } from './services';

export function ConflictDialog(props: {
  household: string;
  plan: string;
  mine: Plan;
  onKeepMine(): void;
  onTakeTheirs(theirs: Plan, version: number): void;
}) {
  const { api } = useServices();
  const [theirs, setTheirs] = useState<{ plan: Plan; version: number; by?: string }>();
  const [comparing, setComparing] = useState(false);
  const [error, setError] = useState<string>();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const load = async () => {
    try {
      const [doc, versions] = await Promise.all([
        api.plans.get(props.household, props.plan),
        api.plans.versions(props.household, props.plan),
      ]);
      const entry = versions.find((v) => v.version === doc.version);
      const loaded = { plan: doc.plan, version: doc.version, by: entry?.author?.email };
      setTheirs(loaded);
      return loaded;
    } catch (e) {
      setError(errorText(e));
      return undefined;
    }
  };

  const reload = async () => {
    const loaded = theirs ?? (await load());
    if (loaded) props.onTakeTheirs(loaded.plan, loaded.version);
  };
  const compare = async () => {
    if (theirs || (await load())) setComparing(true);
  };

  return (
    <dialog ref={dialog} class="conflict" aria-labelledby="conflict-title" data-testid="conflict-dialog" onCancel={(e) => e.preventDefault()}>
      <h2 id="conflict-title">This plan was changed by someone else</h2>
      <p>
        While you were editing, another guardian saved the plan{theirs?.by ? ` (${theirs.by})` : ''}, so your
        changes were not saved over theirs. Your changes are kept on this device until you choose.
      </p>
      {comparing && theirs && (
        <p data-testid="conflict-summary">
          Compared with their week, yours has {describeChanges(weekChanges(theirs.plan, props.mine), 'the same lessons at the same times')}.
        </p>
      )}
      {error && <p role="alert" class="error">{error}</p>}
      <div class="dialog-actions">
        {!comparing && <button type="button" class="primary" onClick={reload}>Reload theirs</button>}
        {!comparing && <button type="button" onClick={compare}>Compare</button>}
        {comparing && <button type="button" class="primary" onClick={props.onKeepMine}>Keep mine</button>}
        {comparing && <button type="button" onClick={reload}>Keep theirs</button>}
      </div>
    </dialog>
  );
}
