import { describe, expect, test } from 'vitest';

import { parseRoute, routeHref } from './route';

describe('routes', () => {
  test("the server's invitation link and the app's join link open the same screen", () => {
    expect(parseRoute('/invitations/AbC-_9', '')).toEqual({ screen: 'join', token: 'AbC-_9' });
    expect(parseRoute('/', '#/join/AbC-_9')).toEqual({ screen: 'join', token: 'AbC-_9' });
  });

  test('screens by hash; anything else is the household list', () => {
    expect(parseRoute('/', '#/households/h-1')).toEqual({ screen: 'plan', household: 'h-1' });
    expect(parseRoute('/', '#/signup')).toEqual({ screen: 'signup' });
    expect(parseRoute('/', '#/account')).toEqual({ screen: 'account' });
    expect(parseRoute('/', '')).toEqual({ screen: 'households' });
    expect(parseRoute('/somewhere', '#/nothing')).toEqual({ screen: 'households' });
  });

  test('hrefs read back as the same route', () => {
    for (const r of [{ screen: 'plan', household: 'x y' }, { screen: 'join', token: 't' }, { screen: 'signin' }, { screen: 'account' }] as const) {
      const url = new URL(routeHref(r), 'http://localhost');
      expect(parseRoute(url.pathname, url.hash)).toEqual(r);
    }
  });
});
