// Sign up and sign in: one form, two modes. The server sets the session cookies.
import type { Account } from '../api';
import { useState } from 'preact/hooks';

import { navigate } from './route';
import { errorText, useServices } from './services';

/** `keepRoute`: after signing in stay where the address points (an invitation, a plan) instead of the household list. */
export function AuthScreen(props: { mode: 'signin' | 'signup'; joining: boolean; keepRoute: boolean; onSignedIn(account: Account): void }) {
  const { api } = useServices();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [mode, setMode] = useState(props.mode);
  const signUp = mode === 'signup';

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await (signUp ? api.auth.signUp(email, password) : api.auth.signIn(email, password));
      props.onSignedIn(session.account);
      if (!props.keepRoute) navigate({ screen: 'households' }, true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card auth">
      <h1>{signUp ? 'Create your account' : 'Sign in'}</h1>
      {props.joining && <p>Sign in or create an account to join the household you were invited to.</p>}
      <form onSubmit={submit}>
        <label>
          Email
          <input type="email" autocomplete="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label>
          Password
          <input type="password" autocomplete={signUp ? 'new-password' : 'current-password'} required minLength={signUp ? 10 : undefined}
            value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {signUp && <p class="hint">At least 10 characters; a few words make a good one.</p>}
        {error && <p role="alert" class="error">{error}</p>}
        <button type="submit" class="primary" disabled={busy}>{signUp ? 'Create account' : 'Sign in'}</button>
      </form>
      <p>
        {signUp ? 'Already have an account? ' : 'New here? '}
        <a href={signUp ? '#/signin' : '#/signup'} onClick={(e) => {
          e.preventDefault();  // the address keeps what comes after (an invitation link)
          setMode(signUp ? 'signin' : 'signup');
          setError(undefined);
        }}>{signUp ? 'Sign in' : 'Create an account'}</a>
      </p>
    </section>
  );
}
