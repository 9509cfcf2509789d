// The signed-in parent's account: change the password (every other device is signed out,
// this one stays), or delete the account (the households only it belongs to go with it;
// one it owns alone while others belong to it stops the deletion, by name).
import type { Account } from '../api';
import { useState } from 'preact/hooks';

import { parentErrorText } from './error-words';
import { useServices } from './services';

export function AccountScreen(props: { account: Account; onDeleted(): void }) {
  return (
    <section class="card account">
      <h1>Your account</h1>
      <p>Signed in as <strong>{props.account.email}</strong>.</p>
      <ChangePassword />
      <DeleteAccount onDeleted={props.onDeleted} />
    </section>
  );
}

function ChangePassword() {
  const { api } = useServices();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setDone(false);
    if (next !== repeat) {
      setError('The two new passwords are not the same.');
      return;
    }
    setBusy(true);
    try {
      await api.account.changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    } catch (e) {
      setError(parentErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="change-password">
      <h2 id="change-password">Change your password</h2>
      <label>
        Current password
        <input type="password" autocomplete="current-password" required value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
      </label>
      <label>
        New password (10 or more characters)
        <input type="password" autocomplete="new-password" required minLength={10} value={next} onInput={(e) => setNext(e.currentTarget.value)} />
      </label>
      <label>
        New password again
        <input type="password" autocomplete="new-password" required value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
      </label>
      <button type="submit" class="primary" disabled={busy}>Change password</button>
      {done && <p class="notice" role="status">Your password was changed. Other devices signed in to this account were signed out.</p>}
      {error && <p role="alert" class="error">{error}</p>}
    </form>
  );
}

function DeleteAccount(props: { onDeleted(): void }) {
  const { api } = useServices();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.account.remove(password);
      props.onDeleted();
    } catch (e) {
      // To name the households a refusal waits on.
      const households = await api.households.list().catch(() => []);
      setError(parentErrorText(e, households));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="delete-account">
      <h2 id="delete-account">Delete your account</h2>
      <p>
        The households only you belong to are deleted with it, with every plan and version; download
        everything first from <a href="/#/households">your households</a> to keep a copy. Households you
        share stay with the others in them.
      </p>
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>Delete my account…</button>
      ) : (
        <form onSubmit={submit}>
          <label>
            Your password, to confirm
            <input type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
          </label>
          <button type="submit" class="danger" disabled={busy || password === ''}>Delete my account for good</button>{' '}
          <button type="button" onClick={() => { setOpen(false); setPassword(''); setError(undefined); }}>Keep it</button>
        </form>
      )}
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
