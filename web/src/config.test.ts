import { afterEach, expect, test, vi } from 'vitest';

import { loadConfig } from './config';

afterEach(() => vi.unstubAllGlobals());

test('config.json is read from the app root whatever the page path (an invitation link too)', async () => {
  vi.stubGlobal('location', { origin: 'https://app.example.org' });
  vi.stubGlobal('document', { baseURI: 'https://app.example.org/invitations/abc' });
  const fetch = vi.fn(async () => new Response(JSON.stringify({ apiBase: 'https://api.example.org/api/v1' })));
  vi.stubGlobal('fetch', fetch);
  expect(await loadConfig()).toEqual({ apiBase: 'https://api.example.org/api/v1' });
  expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe('https://app.example.org/config.json');
});

test('without config.json the API is on the same origin', async () => {
  vi.stubGlobal('location', { origin: 'https://app.example.org' });
  vi.stubGlobal('fetch', vi.fn(async () => new Response('missing', { status: 404 })));
  expect(await loadConfig()).toEqual({ apiBase: '/api/v1' });
});
