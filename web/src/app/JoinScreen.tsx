// Accepting an invitation link: one click, then the household's plan.
import { useState } from 'preact/hooks';

import { navigate } from './route';
import { errorText, useServices } from './services';

export function JoinScreen(props: { token: string }) {
  const { api } = useServices();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const join = async () => {
    setBusy(true);
    try {
      const household = await api.households.acceptInvitation(props.token);
      navigate({ screen: 'plan', household: household.id }, true);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <section class="card">
      <h1>Join a household</h1>
      <p>You were invited to plan together with another guardian.</p>
      {error && <p role="alert" class="error">{error}</p>}
      <button type="button" class="primary" onClick={join} disabled={busy}>Join the household</button>{' '}
      <a href="/#/households">Not now</a>
    </section>
  );
}
