// The households of the signed-in parent: open one, create one, invite someone, see and
// manage who belongs to it, download everything a household holds or delete it (owners).
// Without a network: the households whose plan this device kept (they open offline).
import { NetworkError, type HouseholdSummary } from '../api';
import { useEffect, useState } from 'preact/hooks';

import { openedHouseholds } from '../offline';

import { DeleteHouseholdButton } from './DeleteHouseholdButton';
import { HouseholdPeople } from './HouseholdPeople';
import { InviteButton } from './InviteButton';
import { navigate } from './route';
import { errorText, useServices } from './services';

export function HouseholdsScreen(props: { me: string }) {
  const { api, storage } = useServices();
  const [households, setHouseholds] = useState<HouseholdSummary[]>();
  const [kept, setKept] = useState<{ id: string; name: string }[]>();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    api.households.list().then(setHouseholds, (e: unknown) => {
      setError(errorText(e));
      if (e instanceof NetworkError) setKept(openedHouseholds(storage));
    });
  }, [api]);

  const create = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    try {
      const household = await api.households.create(name.trim());
      navigate({ screen: 'plan', household: household.id });
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section class="card">
      <h1>Your households</h1>
      {notice && <p class="notice" role="status">{notice}</p>}
      {households === undefined && !error && <p aria-busy="true">Loading…</p>}
      {households && households.length > 0 && (
        <ul class="households">
          {households.map((h) => (
            <li key={h.id}>
              <a href={`/#/households/${encodeURIComponent(h.id)}`}>{h.name}</a>
              <span class="role">{h.role}</span>
              {h.role === 'owner' && (
                <>
                  <InviteButton household={h.id} />
                  {/* The server names the file: brightpath-<household>-<date>.json */}
                  <a href={api.households.exportUrl(h.id)} download>Download everything</a>
                  <DeleteHouseholdButton household={h} onDeleted={() => {
                    setHouseholds((list) => list?.filter((other) => other.id !== h.id));
                    setNotice(`${h.name} was deleted, with everything in it.`);
                  }} />
                </>
              )}
              <HouseholdPeople household={h} me={props.me}
                onRenamed={(name) => setHouseholds((list) => list?.map((other) => (other.id === h.id ? { ...other, name } : other)))}
                onLeft={() => {
                  setHouseholds((list) => list?.filter((other) => other.id !== h.id));
                  setNotice(`You left ${h.name}.`);
                }} />
            </li>
          ))}
        </ul>
      )}
      {kept && kept.length > 0 && (
        <>
          <p>Without a connection, these plans open from this device:</p>
          <ul class="households" data-testid="kept-households">
            {kept.map((h) => <li key={h.id}><a href={`/#/households/${encodeURIComponent(h.id)}`}>{h.name}</a></li>)}
          </ul>
        </>
      )}
      {households?.length === 0 && <p>Start by naming your household; you will describe the children and subjects next.</p>}
      <form onSubmit={create} class="inline">
        <label>
          New household
          <input required maxLength={200} placeholder="The Millers" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">Create household</button>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
