// The app's frame: who is signed in, which screen the address names, and the header with
// the household switcher, the account and "Sign out".
import { NetworkError, type Account } from '../api';
import { useEffect, useState } from 'preact/hooks';

import { forgetAccount, forgetOpenedPlan, forgetOpenedPlans, keepAccount, keptAccount, openedHouseholds } from '../offline';

import { AccountScreen } from './AccountScreen';
import { AuthScreen } from './AuthScreen';
import { HouseholdsScreen } from './HouseholdsScreen';
import { JoinScreen } from './JoinScreen';
import { PlanScreen } from './PlanScreen';
import { navigate, parseRoute, type Route } from './route';
import { errorText, useServices } from './services';
import './app.css';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname, location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname, location.hash));
    addEventListener('hashchange', update);
    addEventListener('popstate', update);
    return () => {
      removeEventListener('hashchange', update);
      removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

export function App() {
  const { api, client, storage } = useServices();
  const route = useRoute();
  // undefined: still asking the server; null: nobody is signed in.
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [startError, setStartError] = useState<string>();
  // Said once on the sign-in form after the account was deleted.
  const [farewell, setFarewell] = useState<string>();

  const signedIn = (who: Account) => {
    keepAccount(storage, who);
    setAccount(who);
    setFarewell(undefined);
  };

  useEffect(() => {
    // A session that ends while the app is open (signed out elsewhere, expired) brings back
    // the sign-in form; unsaved changes stay kept on this device and return after it.
    client.onSessionEnded = () => setAccount(null);
    let retryOnline: (() => void) | undefined;
    const ask = () => api.auth.me().then(signedIn, (error: unknown) => {
      if ((error as { status?: number }).status === 401) setAccount(null);
      else if (error instanceof NetworkError && keptAccount(storage)) {
        // No network: start with the account this device last saw signed in; the plan
        // screen opens the plan kept here. The server is asked again when the connection returns.
        setAccount(keptAccount(storage));
        retryOnline ??= () => { ask(); };
        addEventListener('online', retryOnline, { once: true });
      } else setStartError(errorText(error));
    });
    ask();
    return () => { if (retryOnline) removeEventListener('online', retryOnline); };
  }, [api, client]);

  const signOut = async () => {
    await api.auth.signOut().catch(() => undefined);
    // What this device kept for working offline goes with the session (unsaved changes stay:
    // they return after the next sign-in).
    forgetAccount(storage);
    forgetOpenedPlans(storage);
    setAccount(null);
    navigate({ screen: 'signin' });
  };

  const accountDeleted = () => {
    // Nothing of the account stays on this device, unsaved changes included.
    for (const h of openedHouseholds(storage)) forgetOpenedPlan(storage, h.id);
    forgetOpenedPlans(storage);
    forgetAccount(storage);
    setAccount(null);
    setFarewell('Your account was deleted.');
    navigate({ screen: 'signin' });
  };

  let body;
  if (startError) body = <p role="alert" class="notice error">{startError}</p>;
  else if (account === undefined) body = <p class="notice" aria-busy="true">Loading…</p>;
  else if (account === null) {
    body = (
      <>
        {farewell && <p class="notice" role="status">{farewell}</p>}
        <AuthScreen mode={route.screen === 'signup' ? 'signup' : 'signin'} joining={route.screen === 'join'}
          keepRoute={route.screen === 'join' || route.screen === 'plan'} onSignedIn={signedIn} />
      </>
    );
  } else if (route.screen === 'join') body = <JoinScreen token={route.token} />;
  else if (route.screen === 'plan') body = <PlanScreen key={route.household} household={route.household} />;
  else if (route.screen === 'account') body = <AccountScreen account={account} onDeleted={accountDeleted} />;
  else body = <HouseholdsScreen me={account.id} />;

  return (
    <div class="app">
      <header class="app-header">
        <a class="brand" href="/#/households">BrightPath</a>
        {account && (
          <nav aria-label="Account">
            <a href="/#/households">Households</a>
            <a href="/#/account">Account</a>
            <span class="who">{account.email}</span>
            <button type="button" onClick={signOut}>Sign out</button>
          </nav>
        )}
      </header>
      <main>{body}</main>
    </div>
  );
}
