// A household's plan: opens its plan in the editor, or, when it has none yet, the setup flow
// whose result becomes the plan (and Auto-schedule is offered at once). Without a network it
// opens the copy this device kept when the plan was last loaded or saved (src/offline).
import type { Plan } from '@brightpath/core';
import { useEffect, useState } from 'preact/hooks';

import { NetworkError, type Household, type PlanDocument } from '../api';
import { keepOpenedPlan, openedPlan } from '../offline';
import { PlanEditor } from './PlanEditor';
import { getCore, openPlanStore, SetupFlow, type PlanStore } from './parts';
import { errorText, useServices } from './services';

type Phase =
  | { kind: 'loading' }
  | { kind: 'setup' }
  | { kind: 'editing'; doc: PlanDocument; store: PlanStore; fresh: boolean; offline: boolean }
  | { kind: 'failed'; message: string };

export function PlanScreen(props: { household: string }) {
  const { api, storage } = useServices();
  const [household, setHousehold] = useState<Household>();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  // A co-op's plan is checked in a Web Worker first (openPlanStore), so opening it never
  // freezes the page.
  const open = async (h: Household, planId: string, fresh: boolean) => {
    const [doc, core] = await Promise.all([api.plans.get(props.household, planId), getCore()]);
    keepOpenedPlan(storage, h, doc);
    setPhase({ kind: 'editing', doc, store: await openPlanStore(core, doc.plan), fresh, offline: false });
  };

  // The core is in the page (its files come from the service worker's cache), so the kept
  // copy is edited and checked as usual; the editor saves when the connection returns.
  const openKept = async (error: unknown) => {
    const kept = error instanceof NetworkError ? openedPlan(storage, props.household) : undefined;
    if (!kept) throw error;
    setHousehold(kept.household);
    const store = await openPlanStore(await getCore(), kept.doc.plan);
    setPhase({ kind: 'editing', doc: kept.doc, store, fresh: false, offline: true });
  };

  useEffect(() => {
    (async () => {
      try {
        const [h, plans] = await Promise.all([api.households.get(props.household), api.plans.list(props.household)]);
        setHousehold(h);
        if (plans.length === 0) setPhase({ kind: 'setup' });
        else await open(h, plans[0].id, false);
      } catch (e) {
        await openKept(e);
      }
    })().catch((e: unknown) => setPhase({ kind: 'failed', message: errorText(e) }));
  }, [api, props.household]);

  const finishSetup = async (plan: Plan) => {
    try {
      const saved = await api.plans.create(props.household, 'Our week', plan);
      await open(household!, saved.id, true);
    } catch (e) {
      setPhase({ kind: 'failed', message: errorText(e) });
    }
  };

  return (
    <div class="plan-screen">
      <h1 class="household-name">{household?.name ?? ' '}</h1>
      {phase.kind === 'loading' && <p aria-busy="true">Loading the plan…</p>}
      {phase.kind === 'failed' && <p role="alert" class="error">{phase.message}</p>}
      {phase.kind === 'setup' && (
        <section class="card setup">
          <h2>Describe your household</h2>
          <SetupFlow onFinish={finishSetup} />
        </section>
      )}
      {phase.kind === 'editing' && household && (
        <PlanEditor store={phase.store} household={household} doc={phase.doc} offerAutoSchedule={phase.fresh}
          openedOffline={phase.offline} />
      )}
    </div>
  );
}
