// "Delete household…": the household goes with every plan, version and auto-schedule, for
// every member, and cannot come back; so the parent types its name first (as other
// services ask before deleting for good), with the download offered right there.
import type { HouseholdSummary } from '../api';
import { useState } from 'preact/hooks';

import { forgetOpenedPlan } from '../offline';

import { parentErrorText } from './error-words';
import { useServices } from './services';

export function DeleteHouseholdButton(props: { household: HouseholdSummary; onDeleted(): void }) {
  const { api, storage } = useServices();
  const { id, name } = props.household;
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirmed = typed.trim() === name.trim();

  const remove = async (event: Event) => {
    event.preventDefault();
    if (!confirmed || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.households.remove(id);
      forgetOpenedPlan(storage, id);  // the device's offline copy goes too
      props.onDeleted();
    } catch (e) {
      setError(parentErrorText(e));
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(false);
    setTyped('');
    setError(undefined);
  };

  if (!open) return <button type="button" onClick={() => setOpen(true)}>Delete household…</button>;
  return (
    <form class="delete-household" onSubmit={remove} aria-label={`Delete ${name}`}>
      <p>
        Deleting <strong>{name}</strong> removes its children, subjects, plans, every saved version and
        auto-schedule, for everyone in the household. It cannot be undone: download everything first to keep a copy.
      </p>
      <label>
        Type the household's name to confirm
        <input value={typed} onInput={(e) => setTyped(e.currentTarget.value)} autoComplete="off" />
      </label>
      <button type="submit" class="danger" disabled={!confirmed || busy}>Delete for good</button>{' '}
      <button type="button" onClick={close}>Keep it</button>
      {error && <p role="alert" class="error">{error}</p>}
    </form>
  );
}
