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

// A fake server: each POST .../versions answers from `answers` in turn; `down` throws like fetch offline.
function fakeServer() {
  const calls: { url: string; init: RequestInit }[] = [];
  const state = { down: false, version: 3, conflictWith: undefined as number | undefined };
  const fetchImpl = vi.fn(async (url: RequestInfo | URL, init: RequestInit = {}) => {
    if (state.down) throw new TypeError('Failed to fetch');
    if (init.method === 'HEAD') return new Response(null, { status: 405 });
    calls.push({ url: String(url), init });
    const ifMatch = Number(String((init.headers as Record<string, string>)['If-Match'] ?? '').replaceAll('"', ''));
    if (ifMatch !== state.version) {
      return Response.json({ error: { code: 'version_conflict', message: 'the plan was saved by someone else', details: { current_version: state.version } } }, { status: 409 });
    }
    state.version++;
    return Response.json({ id: 'p1', version: state.version, diagnostics: { summary: { errors: 0, warnings: 0, infos: 0 }, diagnostics: [] } }, { status: 201, headers: { ETag: `"${state.version}"` } });
  });
  return { calls, state, fetchImpl };
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
    save: (doc, base) => api.plans.save('h1', 'p1', doc, base),
    reachable: () => client.reachable(),
    isOnline: options.online ?? (() => true),
    retryMs: 1000,
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
