// The save/offline state machine, driven through the real API client with a fake fetch (the
// server's answers as it gives them) and a Map as localStorage.
import type { Plan } from '@brightpath/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { ApiClient, endpoints } from '../api';
import { keptDocument, type KeyValueStorage } from './kept-document';
import { SaveController } from './save-controller';

const plan = (name: string) => ({ format: 'brightpath-plan', version: 1, name, timeZone: 'UTC' }) as unknown as Plan;

class MapStorage implements KeyValueStorage {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

// A fake server: POST .../versions stores the next version if If-Match is the current one (409
// version_conflict otherwise); GET .../versions/<n> answers a stored one, its keys in another
// order (as the core re-encodes it). `down` throws like fetch offline. `hangingSaves` /
// `hangingChecks`: that many of the next saves / reachability checks never settle, not even
// when aborted (a request the browser sent into no network and left hanging). `lostAnswers`:
// that many of the next saves are stored, but their answer never comes back.
function fakeServer() {
  const calls: { url: string; init: RequestInit }[] = [];
  const state = { down: false, version: 3, hangingSaves: 0, hangingChecks: 0, lostAnswers: 0 };
  const stored = new Map<number, unknown>([[3, plan('v3')]]);
  const never = new Promise<Response>(() => undefined);
  const reversedKeys = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]))
      : value;
  const fetchImpl = vi.fn(async (url: RequestInfo | URL, init: RequestInit = {}) => {
    const version = String(url).match(/\/versions\/(\d+)$/);
    if (version && (init.method ?? 'GET') === 'GET' && !state.down) {
      const n = Number(version[1]);
      return Response.json({ id: 'p1', name: 'Our week', version: n, plan: reversedKeys(stored.get(n)), diagnostics: { summary: { errors: 0, warnings: 0, infos: 0 }, diagnostics: [] } });
    }
    if (init.method === 'HEAD' && state.hangingChecks > 0) {
      state.hangingChecks--;
      return never;
    }
    if (init.method === 'POST' && state.hangingSaves > 0) {
      state.hangingSaves--;
      return never;
    }
    if (state.down) throw new TypeError('Failed to fetch');
    if (init.method === 'HEAD') return new Response(null, { status: 200 });
    calls.push({ url: String(url), init });
    const ifMatch = Number(String((init.headers as Record<string, string>)['If-Match'] ?? '').replaceAll('"', ''));
    if (ifMatch !== state.version) {
      return Response.json({ error: { code: 'version_conflict', message: 'the plan was saved by someone else', details: { current_version: state.version } } }, { status: 409 });
    }
    state.version++;
    stored.set(state.version, JSON.parse(String(init.body)));
    if (state.lostAnswers > 0) {
      state.lostAnswers--;
      throw new TypeError('Failed to fetch');  // stored, but the connection dropped on the way back
    }
    return Response.json({ id: 'p1', version: state.version, diagnostics: { summary: { errors: 0, warnings: 0, infos: 0 }, diagnostics: [] } }, { status: 201, headers: { ETag: `"${state.version}"` } });
  });
  return { calls, state, stored, fetchImpl };
}

function setup(options: { online?: () => boolean } = {}) {
  const server = fakeServer();
  const storage = new MapStorage();
  const api = endpoints(new ApiClient('/api/v1', server.fetchImpl as typeof fetch, () => 'bp_csrf=tok123'));
  const client = new ApiClient('/api/v1', server.fetchImpl as typeof fetch);
  const onSaved = vi.fn();
  const controller = new SaveController({
    household: 'h1',
    plan: 'p1',
    baseVersion: 3,
    storage,
    save: (doc, base, signal) => api.plans.save('h1', 'p1', doc, base, signal),
    load: (version) => api.plans.version('h1', 'p1', version),
    reachable: (signal) => client.reachable(signal),
    isOnline: options.online ?? (() => true),
    retryMs: 1000,
    saveTimeoutMs: 10_000,
    onSaved,
  });
  return { server, storage, controller, onSaved };
}

describe('the save controller', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  test('every change is kept on the device; a save sends the document with If-Match and CSRF, then forgets it', async () => {
    const { server, storage, controller, onSaved } = setup();
    controller.changed(plan('a'));
    expect(controller.state.value).toBe('unsaved');
    expect(keptDocument(storage, 'h1', 'p1')).toMatchObject({ baseVersion: 3, document: plan('a'), pendingSave: false });
    await controller.save();
    expect(controller.state.value).toBe('saved');
    expect(controller.baseVersion.value).toBe(4);
    expect(keptDocument(storage, 'h1', 'p1')).toBeUndefined();
    const sent = server.calls[0];
    expect(sent.url).toBe('/api/v1/households/h1/plans/p1/versions');
    expect(sent.init.headers).toMatchObject({ 'If-Match': '"3"', 'X-CSRF-Token': 'tok123', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(sent.init.body))).toEqual(plan('a'));
    expect(onSaved).toHaveBeenCalledOnce();
  });

  test('a save without a connection keeps the document, says so, and saves it when the server answers again', async () => {
    const { server, storage, controller } = setup();
    controller.changed(plan('a'));
    server.state.down = true;
    await controller.save();
    expect(controller.state.value).toBe('offline');
    expect(keptDocument(storage, 'h1', 'p1')?.pendingSave).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);  // the retry finds the server still down
    expect(controller.state.value).toBe('offline');
    server.state.down = false;
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(controller.state.value).toBe('saved'));
    expect(server.state.version).toBe(4);
    expect(keptDocument(storage, 'h1', 'p1')).toBeUndefined();
  });

  test('a change made offline is saved by itself when the browser is online again', async () => {
    let online = false;
    const { server, controller } = setup({ online: () => online });
    controller.changed(plan('offline edit'));
    expect(controller.state.value).toBe('offline');
    online = true;
    await controller.connectionBack();
    expect(controller.state.value).toBe('saved');
    expect(JSON.parse(String(server.calls.at(-1)!.init.body)).name).toBe('offline edit');
  });

  test('a save sent without a connection that never settles does not hold back the save when the connection returns', async () => {
    let online = false;
    const { server, controller } = setup({ online: () => online });
    controller.changed(plan('offline edit'));
    server.state.hangingSaves = 1;
    void controller.save();  // e.g. a kept document taken over on a page opened offline
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.state.value).toBe('saving');
    online = true;  // the browser's online event, while that request still hangs
    void controller.connectionBack();
    await vi.advanceTimersByTimeAsync(0);
    expect(controller.state.value).toBe('saved');
    expect(server.state.version).toBe(4);
    expect(JSON.parse(String(server.calls.at(-1)!.init.body)).name).toBe('offline edit');
  });

  test('a save that gets no answer is given up after saveTimeoutMs, kept, and tried again', async () => {
    const { server, storage, controller } = setup();
    controller.changed(plan('a'));
    server.state.hangingSaves = 1;
    void controller.save();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(controller.state.value).toBe('saving');
    await vi.advanceTimersByTimeAsync(1);
    expect(controller.state.value).toBe('offline');
    expect(keptDocument(storage, 'h1', 'p1')?.pendingSave).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);  // the retry: the server answers now
    expect(controller.state.value).toBe('saved');
    expect(server.state.version).toBe(4);
  });

  test('a look for the server that gets no answer counts as "not reachable": the retries go on', async () => {
    const { server, controller } = setup();
    controller.changed(plan('a'));
    server.state.down = true;
    await controller.save();
    expect(controller.state.value).toBe('offline');
    server.state.down = false;
    server.state.hangingChecks = 1;
    await vi.advanceTimersByTimeAsync(1000);  // the first look hangs
    expect(controller.state.value).toBe('offline');
    await vi.advanceTimersByTimeAsync(2000);  // given up after retryMs; the next look answers
    expect(controller.state.value).toBe('saved');
    expect(server.state.version).toBe(4);
  });

  test('a save stored by the server whose answer was lost is not a conflict with itself when tried again', async () => {
    const { server, storage, controller, onSaved } = setup();
    controller.changed(plan('mine'));
    server.state.lostAnswers = 1;
    await controller.save();
    expect(controller.state.value).toBe('offline');  // no answer: it may or may not have been stored
    expect(server.state.version).toBe(4);  // it was
    await vi.advanceTimersByTimeAsync(1000);  // the retry meets version 4: this very document
    expect(controller.state.value).toBe('saved');
    expect(controller.conflict.value).toBeUndefined();
    expect(controller.baseVersion.value).toBe(4);
    expect(server.state.version).toBe(4);
    expect(keptDocument(storage, 'h1', 'p1')).toBeUndefined();
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 4 }), plan('mine'));
  });

  test('a conflict with a different document stays a conflict', async () => {
    const { server, controller } = setup();
    controller.changed(plan('mine'));
    server.state.version = 4;  // another guardian saved version 4 meanwhile
    server.stored.set(4, plan('theirs'));
    await controller.save();
    expect(controller.state.value).toBe('conflict');
    expect(controller.conflict.value).toEqual({ currentVersion: 4 });
  });

  test('a change made online waits for Save: the connection coming back does not save it', async () => {
    const { server, controller } = setup();
    controller.changed(plan('a'));
    await controller.connectionBack();
    expect(server.calls).toHaveLength(0);
    expect(controller.state.value).toBe('unsaved');
  });

  test('a kept document from an earlier visit is taken over with its base version; one waiting for a connection is saved', async () => {
    const { storage, controller: first, server } = setup({ online: () => false });
    first.changed(plan('kept'));
    first.dispose();
    const second = new SaveController({
      household: 'h1', plan: 'p1', baseVersion: 3, storage,
      save: (doc, base) => endpoints(new ApiClient('/api/v1', server.fetchImpl as typeof fetch)).plans.save('h1', 'p1', doc, base),
      reachable: async () => true, isOnline: () => true,
    });
    const kept = second.kept();
    expect(kept?.document).toEqual(plan('kept'));
    await second.adopt(kept!);
    expect(second.state.value).toBe('saved');
    expect(server.state.version).toBe(4);
  });

  test('a stale save is a conflict: nothing is retried; keep mine saves on top of theirs, take theirs forgets mine', async () => {
    const { server, storage, controller } = setup();
    server.state.version = 5;  // another guardian saved twice meanwhile
    controller.changed(plan('mine'));
    await controller.save();
    expect(controller.state.value).toBe('conflict');
    expect(controller.conflict.value).toEqual({ currentVersion: 5 });
    expect(keptDocument(storage, 'h1', 'p1')?.document).toEqual(plan('mine'));
    await controller.connectionBack();
    expect(server.calls).toHaveLength(1);
    await controller.keepMine(5);
    expect(controller.state.value).toBe('saved');
    expect(server.state.version).toBe(6);

    controller.changed(plan('mine again'));
    server.state.version = 8;
    await controller.save();
    expect(controller.state.value).toBe('conflict');
    controller.takeTheirs(8);
    expect(controller.state.value).toBe('saved');
    expect(controller.baseVersion.value).toBe(8);
    expect(keptDocument(storage, 'h1', 'p1')).toBeUndefined();
  });

  test('an edit made while saving stays unsaved, based on the version just saved', async () => {
    const { storage, controller } = setup();
    controller.changed(plan('a'));
    const saving = controller.save();
    controller.changed(plan('b'));
    await saving;
    expect(controller.state.value).toBe('unsaved');
    expect(keptDocument(storage, 'h1', 'p1')).toMatchObject({ baseVersion: 4, document: plan('b') });
  });

  test('a refusal other than a conflict is shown in the server\'s words and the change stays', async () => {
    const storage = new MapStorage();
    const controller = new SaveController({
      household: 'h1', plan: 'p1', baseVersion: 1, storage,
      save: (doc, base) => endpoints(new ApiClient('/api/v1', (async () =>
        Response.json({ error: { code: 'forbidden', message: 'viewers cannot save' } }, { status: 403 })) as typeof fetch)).plans.save('h1', 'p1', doc, base),
      reachable: async () => true, isOnline: () => true,
    });
    controller.changed(plan('a'));
    await controller.save();
    expect(controller.state.value).toBe('unsaved');
    expect(controller.error.value).toBe('viewers cannot save');
    expect(keptDocument(storage, 'h1', 'p1')).toBeDefined();
  });
});
