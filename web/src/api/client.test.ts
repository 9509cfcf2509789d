// The API client against a fake fetch: cookies + CSRF, the one refresh after a 401, and
// network failures told apart from the server's errors.
import { describe, expect, test, vi } from 'vitest';

import { ApiClient, csrfToken } from './client';
import { endpoints } from './endpoints';
import { ApiError, NetworkError } from './errors';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers });

describe('the API client', () => {
  test('reads bp_csrf from the cookies', () => {
    expect(csrfToken('a=1; bp_csrf=abc-DEF_1; b=2')).toBe('abc-DEF_1');
    expect(csrfToken('a=1')).toBeUndefined();
  });

  test('GETs carry no CSRF header; POSTs repeat the cookie and always send a body', async () => {
    const fetchImpl = vi.fn(async () => json(200, { households: [] }));
    const api = endpoints(new ApiClient('/api/v1/', fetchImpl, () => 'bp_csrf=t0k'));
    await api.households.list();
    await api.auth.signOut().catch(() => {});
    const [getUrl, getInit] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(getUrl).toBe('/api/v1/households');
    expect(getInit.headers).toEqual({});
    expect(getInit.credentials).toBe('include');
    const [, postInit] = fetchImpl.mock.calls[1] as unknown as [string, RequestInit];
    expect(postInit.headers).toEqual({ 'X-CSRF-Token': 't0k' });
    expect(postInit.body).toBe('');
  });

  test('a 401 renews the session once through /auth/refresh and repeats the request', async () => {
    const answers = [json(401, { error: { code: 'unauthenticated', message: 'expired' } }), json(200, {}), json(200, { id: 'a', email: 'e' })];
    const fetchImpl = vi.fn(async () => answers.shift()!);
    const api = endpoints(new ApiClient('/api/v1', fetchImpl, () => 'bp_csrf=x'));
    expect(await api.auth.me()).toEqual({ id: 'a', email: 'e' });
    expect(fetchImpl.mock.calls.map((c) => (c as unknown as [string])[0])).toEqual(['/api/v1/account', '/api/v1/auth/refresh', '/api/v1/account']);
  });

  test('requests refused together share one refresh (a refresh token works once)', async () => {
    let refreshed = false;
    const fetchImpl = vi.fn(async (url: RequestInfo | URL) => {
      if (String(url).endsWith('/auth/refresh')) {
        await new Promise((r) => setTimeout(r, 10));
        refreshed = true;
        return json(200, {});
      }
      return refreshed ? json(200, { households: [] }) : json(401, { error: { code: 'unauthenticated', message: 'expired' } });
    });
    const api = endpoints(new ApiClient('/api/v1', fetchImpl));
    await Promise.all([api.households.list(), api.households.list(), api.households.list()]);
    expect(fetchImpl.mock.calls.filter((c) => String(c[0]).endsWith('/auth/refresh'))).toHaveLength(1);
  });

  test('when the refresh fails too, the 401 is the answer (no loop)', async () => {
    const fetchImpl = vi.fn(async () => json(401, { error: { code: 'unauthenticated', message: 'sign in first' } }));
    const client = new ApiClient('/api/v1', fetchImpl);
    const ended = vi.fn();
    client.onSessionEnded = ended;
    await expect(endpoints(client).auth.me()).rejects.toMatchObject({ name: 'ApiError', status: 401, code: 'unauthenticated', message: 'sign in first' });
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(ended).toHaveBeenCalledOnce();
  });

  test('the server\'s error body becomes an ApiError with code, message and details', async () => {
    const fetchImpl = vi.fn(async () => json(409, { error: { code: 'version_conflict', message: 'moved on', details: { current_version: 7 } } }));
    const api = endpoints(new ApiClient('/api/v1', fetchImpl));
    const error = await api.plans.save('h', 'p', {} as never, 6).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'version_conflict', details: { current_version: 7 } });
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['If-Match']).toBe('"6"');
  });

  test('no answer at all is a NetworkError, not an ApiError', async () => {
    const fetchImpl = vi.fn(async () => { throw new TypeError('Failed to fetch'); });
    const api = endpoints(new ApiClient('/api/v1', fetchImpl));
    await expect(api.households.list()).rejects.toBeInstanceOf(NetworkError);
    expect(await new ApiClient('/api/v1', fetchImpl).reachable()).toBe(false);
  });

  test('a plan read gives its version from the ETag', async () => {
    const fetchImpl = vi.fn(async () => json(200, { id: 'p' }, { ETag: '"12"' }));
    const answer = await new ApiClient('/api/v1', fetchImpl).request('GET', '/households/h/plans/p');
    expect(answer.etag).toBe(12);
  });
});
