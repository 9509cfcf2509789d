// What printing the plan screen prints: the print view (src/print), one page per child or
// per adult, instead of the screen. It is kept out of sight on screen and follows the plan a
// moment behind the edits, so a drag never waits for a co-op's hundreds of pages to be redrawn.
import type { Plan } from '@brightpath/core';
import { useEffect, useState } from 'preact/hooks';

import { PrintView, type PlanStore } from './parts';

export type PrintBy = 'child' | 'guardian';

const catchUpMs = 250;

export function PlanPrint(props: { store: PlanStore; by: PrintBy }) {
  const [plan, setPlan] = useState<Plan>(() => props.store.plan.peek());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const catchUp = () => {
      clearTimeout(timer);
      timer = undefined;
      setPlan(props.store.plan.peek());
    };
    const unsubscribe = props.store.plan.subscribe(() => { timer ??= setTimeout(catchUp, catchUpMs); });
    addEventListener('beforeprint', catchUp);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      removeEventListener('beforeprint', catchUp);
    };
  }, [props.store]);
  return <PrintView plan={plan} by={props.by} printOnly />;
}

/** The toolbar's Print: the pages of the plan as it is now, then the browser's print dialog. */
export async function printNow(): Promise<void> {
  dispatchEvent(new Event('beforeprint'));
  // Two frames: the print view's pages are drawn after the render that follows the plan.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  print();
}
