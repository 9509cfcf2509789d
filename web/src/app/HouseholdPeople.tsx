// "People…" on the household list: who belongs to a household and what each may do. Owners
// change roles, remove people and rename the household; anyone may leave. The server keeps
// a household from losing its last owner and says so (put in words by error-words.ts).
import type { Household, HouseholdSummary, Role } from '../api';
import { useState } from 'preact/hooks';

import { forgetOpenedPlan } from '../offline';

import { parentErrorText } from './error-words';
import { useServices } from './services';

const ROLES: { role: Role; words: string; aOne: string }[] = [
  { role: 'owner', words: 'Owner: edits, invites, removes people', aOne: 'an owner' },
  { role: 'guardian', words: 'Guardian: edits the plans', aOne: 'a guardian' },
  { role: 'viewer', words: 'Viewer: only looks', aOne: 'a viewer' },
];
const roleOf = (role: Role) => ROLES.find((r) => r.role === role)!;
const roleWords = (role: Role) => roleOf(role).words;

export function HouseholdPeople(props: {
  household: HouseholdSummary;
  /** The signed-in account's id. */
  me: string;
  onRenamed(name: string): void;
  onLeft(): void;
}) {
  const { api, storage } = useServices();
  const { id } = props.household;
  const owner = props.household.role === 'owner';
  const [open, setOpen] = useState(false);
  const [household, setHousehold] = useState<Household>();
  const [name, setName] = useState(props.household.name);
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string>();
  // What the last change did, in words: a select changing back and forth says nothing itself.
  const [done, setDone] = useState<string>();

  // Every change answers the household as it is now (or nothing, for a removal: read again).
  const act = async (change: () => Promise<Household | void>) => {
    setError(undefined);
    setDone(undefined);
    try {
      const now = await change();
      setHousehold(now ?? (await api.households.get(id)));
      return true;
    } catch (e) {
      setError(parentErrorText(e));
      return false;
    }
  };
  const show = async () => {
    setOpen(true);
    await act(() => api.households.get(id));
  };
  const rename = async (event: Event) => {
    event.preventDefault();
    const wanted = name.trim();
    if (await act(() => api.households.rename(id, wanted))) props.onRenamed(wanted);
  };
  const leave = async () => {
    setError(undefined);
    try {
      await api.households.removeMember(id, props.me);
      forgetOpenedPlan(storage, id);  // no longer theirs to open on this device
      props.onLeft();
    } catch (e) {
      setError(parentErrorText(e));
      setLeaving(false);
    }
  };

  if (!open) return <button type="button" onClick={show}>People…</button>;
  return (
    <section class="people" aria-label={`People in ${props.household.name}`}>
      <h2>People in {props.household.name}</h2>
      <ul>
        {household?.members.map((m) => {
          const self = m.account_id === props.me;
          return (
            <li key={m.account_id}>
              <span>{m.email}{self && ' (you)'}</span>
              {owner && !self ? (
                <>
                  <select aria-label={`What ${m.email} may do`} value={m.role}
                    onChange={async (e) => {
                      const role = e.currentTarget.value as Role;
                      if (await act(() => api.households.changeRole(id, m.account_id, role))) {
                        setDone(`${m.email} is now ${roleOf(role).aOne}.`);
                      }
                    }}>
                    {ROLES.map((r) => <option key={r.role} value={r.role}>{r.words}</option>)}
                  </select>
                  <button type="button" aria-label={`Remove ${m.email}`}
                    onClick={() => act(() => api.households.removeMember(id, m.account_id))}>
                    Remove
                  </button>
                </>
              ) : (
                <span class="role">{roleWords(m.role)}</span>
              )}
            </li>
          );
        })}
      </ul>
      {owner && (
        <form onSubmit={rename} class="inline">
          <label>
            Household name
            <input required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit">Rename</button>
        </form>
      )}
      {!leaving ? (
        <button type="button" onClick={() => setLeaving(true)}>Leave this household…</button>
      ) : (
        <p>
          You will no longer see its plans unless someone invites you again.{' '}
          <button type="button" class="danger" onClick={leave}>Leave for good</button>{' '}
          <button type="button" onClick={() => setLeaving(false)}>Stay</button>
        </p>
      )}{' '}
      <button type="button" onClick={() => { setOpen(false); setLeaving(false); setError(undefined); }}>Close</button>
      {done && <p role="status">{done}</p>}
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
