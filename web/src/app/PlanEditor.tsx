// The plan screen once a plan is open: the toolbar (save state, Save, Auto-schedule,
// History, Edit household, Print; Undo and Redo are the week editor's own), the week
// editor, and the panels and
// dialog around it. The page's document lives in the editor's PlanStore; the
// SaveController (src/offline) keeps and saves it.
import type { Plan } from '@brightpath/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import type { Household, MayMove, PlanDocument } from '../api';
import { keepSavedVersion, SaveController, saveStateText } from '../offline';
import { AutoScheduleRun } from './auto-schedule';
import { AutoSchedulePanel } from './AutoSchedulePanel';
import { ConflictDialog } from './ConflictDialog';
import { HistoryPanel } from './HistoryPanel';
import { PlanPrint, type PrintBy } from './PlanPrint';
import { SetupFlow, WeekEditor, type PlanStore } from './parts';
import { errorText, useServices } from './services';
import { serverCheckWords } from './words';

type Side = 'none' | 'auto-schedule' | 'history' | 'setup';

/**
 * `store` holds `doc.plan`, opened by the caller; the editor disposes it when it goes.
 * `openedOffline`: `doc` is this device's copy, opened without a network.
 */
export function PlanEditor(props: {
  store: PlanStore; household: Household; doc: PlanDocument; offerAutoSchedule: boolean; openedOffline?: boolean;
}) {
  const { api, client, storage } = useServices();
  const household = props.household.id;
  const planId = props.doc.id;
  const canEdit = props.household.role !== 'viewer';
  const { store } = props;
  const [serverCheck, setServerCheck] = useState(props.doc.diagnostics.summary);
  const [notice, setNotice] = useState<string>(props.offerAutoSchedule ? 'Your household is set up. Auto-schedule can place every lesson for you.' : '');
  const [side, setSide] = useState<Side>(props.offerAutoSchedule ? 'auto-schedule' : 'none');
  const [error, setError] = useState<string>();
  const [openedOffline, setOpenedOffline] = useState(props.openedOffline ?? false);
  const [printBy, setPrintBy] = useState<PrintBy>('child');
  // Changes the page makes from the server's own versions are not "unsaved changes".
  const fromServer = useRef(false);

  const saver = useMemo(() => new SaveController({
    household,
    plan: planId,
    baseVersion: props.doc.version,
    storage,
    save: (document, base, signal) => api.plans.save(household, planId, document, base, signal),
    load: (version) => api.plans.version(household, planId, version),
    reachable: (signal) => client.reachable(signal),
    isOnline: () => navigator.onLine,
    onSaved: (saved, document) => {
      setServerCheck(saved.diagnostics.summary);
      setOpenedOffline(false);
      keepSavedVersion(storage, household, { plan: document, version: saved.version, diagnostics: saved.diagnostics });
    },
  }), []);
  const run = useMemo(() => new AutoScheduleRun(api, household, planId), []);

  const showServerVersion = (plan: Plan, version: number) => {
    fromServer.current = true;
    store.replace(plan, { keepHistory: true });
    fromServer.current = false;
    saver.takeTheirs(version);
    keepSavedVersion(storage, household, { plan, version });
  };

  // Opened from this device's copy: once the connection is back and nothing is left to
  // save, show the server's newest version (another guardian may have saved meanwhile).
  const catchUp = async () => {
    if (saver.state.value !== 'saved') return;
    const doc = await api.plans.get(household, planId);
    if (saver.state.value !== 'saved') return;  // edited while asking
    if (doc.version !== saver.baseVersion.value) {
      showServerVersion(doc.plan, doc.version);
      setNotice(`This plan was saved on another device meanwhile; its version ${doc.version} is shown.`);
    }
    setServerCheck(doc.diagnostics.summary);
    setOpenedOffline(false);
  };

  useEffect(() => {
    const kept = saver.kept();
    if (kept && JSON.stringify(kept.document) !== JSON.stringify(props.doc.plan)) {
      fromServer.current = true;
      store.replace(kept.document);
      fromServer.current = false;
      setNotice(`Changes you made on this device (${new Date(kept.keptAt).toLocaleString()}) were not saved yet; they are back.`);
      saver.adopt(kept).catch(() => undefined);
    } else if (kept) {
      saver.takeTheirs(props.doc.version);
    }
    // Every later change of the store (edit, undo, redo, an edited setup) is kept and marked
    // unsaved; subscribe() also calls back at once, with the revision already handled.
    let seen = store.revision.peek();
    const unsubscribe = store.revision.subscribe((revision) => {
      if (revision === seen) return;
      seen = revision;
      if (!fromServer.current) saver.changed(store.plan.peek());
    });
    const online = () => {
      saver.connectionBack().then(() => (props.openedOffline ? catchUp() : undefined)).catch(() => undefined);
    };
    addEventListener('online', online);
    const beforeUnload = (e: BeforeUnloadEvent) => { if (saver.state.value === 'saving') e.preventDefault(); };
    addEventListener('beforeunload', beforeUnload);
    return () => {
      unsubscribe();
      removeEventListener('online', online);
      removeEventListener('beforeunload', beforeUnload);
      saver.dispose();
      run.dispose();
      store.dispose();
    };
  }, []);

  const state = saver.state.value;
  const conflict = saver.conflict.value;

  const save = () => { setError(undefined); saver.save(); };

  const startAutoSchedule = async (mayMove: MayMove, longer = false) => {
    setError(undefined);
    if (saver.state.value !== 'saved') await saver.save();  // the server solves its saved version
    if (saver.state.value !== 'saved') {
      setError('Save the plan first: auto-schedule works on the saved week.');
      return;
    }
    await run.start(mayMove, longer);
  };
  // The incomplete draft is dropped (a household may run only a few jobs at once) and the
  // same kind of search runs again, longer.
  const searchLonger = async () => {
    const mayMove = run.mayMove;
    await run.discard();
    await startAutoSchedule(mayMove, true);
  };

  const acceptDraft = async () => {
    const draft = run.draft.value;
    if (!draft) return;
    // The draft replaces the whole week: changes made while it was computed would be lost.
    if (saver.state.value !== 'saved') {
      setError('You changed the week after auto-schedule started. Save those changes (or undo them) first, then accept or discard the draft.');
      return;
    }
    try {
      const saved = await run.accept(saver.baseVersion.value);
      showServerVersion(draft.plan, saved.version);
      setServerCheck(saved.diagnostics.summary);
      setSide('none');
      setNotice('The auto-scheduled week is now your plan.');
    } catch (e) {
      setError(errorText(e));
    }
  };

  const restore = async (version: number) => {
    await api.plans.restore(household, planId, version, saver.baseVersion.value);
    const doc = await api.plans.get(household, planId);
    showServerVersion(doc.plan, doc.version);
    setServerCheck(doc.diagnostics.summary);
    setNotice(`Version ${version} is your plan again (saved as version ${doc.version}).`);
  };

  const finishEditHousehold = (plan: Plan) => {
    store.replace(plan, { keepHistory: true });
    setSide('none');
  };

  return (
    <div class={`plan-editor side-${side}`}>
      <div class="toolbar" role="toolbar" aria-label="Plan">
        <span class={`save-state ${state}`} data-testid="save-state" role="status">{saveStateText[state]}</span>
        {state === 'saved' && (
          <span class="server-check" data-testid="server-check">
            {serverCheckWords(serverCheck)}
          </span>
        )}
        <button type="button" onClick={save} disabled={!canEdit || state === 'saved' || state === 'saving' || state === 'conflict'}>Save</button>
        <button type="button" onClick={() => setSide('auto-schedule')} disabled={!canEdit}>Auto-schedule</button>
        <button type="button" onClick={() => setSide(side === 'history' ? 'none' : 'history')}>History</button>
        <button type="button" onClick={() => setSide('setup')} disabled={!canEdit}>Edit household</button>
        <select aria-label="Print pages" value={printBy} onChange={(e) => setPrintBy(e.currentTarget.value as PrintBy)}>
          <option value="child">By child</option>
          <option value="guardian">By adult</option>
        </select>
        <button type="button" onClick={() => print()}>Print</button>
      </div>
      <PlanPrint store={store} by={printBy} />
      {openedOffline && state !== 'saving' && (
        <p class="notice" role="status" data-testid="offline-notice">
          No connection: this is the plan as this device last saw it. Changes are kept here and saved when the connection returns.
        </p>
      )}
      {notice && <p class="notice" role="status" data-testid="notice">{notice}</p>}
      {(error || saver.error.value) && <p role="alert" class="error">{error ?? saver.error.value}</p>}
      {side === 'setup' ? (
        <section class="card setup">
          <h2>Edit household</h2>
          <SetupFlow initial={store.plan.value} onFinish={finishEditHousehold} onCancel={() => setSide('none')} />
        </section>
      ) : (
        <div class="workspace">
          <div class="plan-week">
            <WeekEditor store={store} readOnly={!canEdit} />
          </div>
          {side === 'auto-schedule' && (
            <AutoSchedulePanel run={run} current={store.plan.value} onStart={startAutoSchedule} onAccept={acceptDraft} onSearchLonger={searchLonger}
              onClose={() => setSide('none')} />
          )}
          {side === 'history' && (
            <HistoryPanel household={household} plan={planId} version={saver.baseVersion.value} onRestore={restore}
              onClose={() => setSide('none')} />
          )}
        </div>
      )}
      {conflict && (
        <ConflictDialog household={household} plan={planId} mine={store.plan.value}
          onKeepMine={() => saver.keepMine(conflict.currentVersion)}
          onTakeTheirs={(theirs, version) => showServerVersion(theirs, version)} />
      )}
    </div>
  );
}
