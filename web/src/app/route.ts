// Where the app is, from the address: `#/...` for its own screens, and the server's
// invitation links (<public URL>/invitations/<token>), which the server answers with
// index.html so the same app opens them.
export type Route =
  | { screen: 'signin' }
  | { screen: 'signup' }
  | { screen: 'households' }
  | { screen: 'account' }
  | { screen: 'plan'; household: string }
  | { screen: 'join'; token: string };

export function parseRoute(pathname: string, hash: string): Route {
  const invitation = pathname.match(/^\/invitations\/([^/]+)\/?$/);
  if (invitation) return { screen: 'join', token: decodeURIComponent(invitation[1]) };
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'signin') return { screen: 'signin' };
  if (parts[0] === 'signup') return { screen: 'signup' };
  if (parts[0] === 'account') return { screen: 'account' };
  if (parts[0] === 'join' && parts[1]) return { screen: 'join', token: parts[1] };
  if (parts[0] === 'households' && parts[1]) return { screen: 'plan', household: parts[1] };
  return { screen: 'households' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'signin': return '/#/signin';
    case 'signup': return '/#/signup';
    case 'households': return '/#/households';
    case 'account': return '/#/account';
    case 'plan': return `/#/households/${encodeURIComponent(route.household)}`;
    case 'join': return `/#/join/${encodeURIComponent(route.token)}`;
  }
}

/** Goes to `route`, leaving an invitation path behind (it would open the join screen again). */
export function navigate(route: Route, replace = false): void {
  const href = routeHref(route);
  if (replace || location.pathname !== '/') history[replace ? 'replaceState' : 'pushState'](null, '', href);
  else location.hash = href.slice(2);
  dispatchEvent(new HashChangeEvent('hashchange'));
}
