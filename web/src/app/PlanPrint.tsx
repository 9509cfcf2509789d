// What printing the plan screen prints: the print view (src/print), one page per child or
// per adult, instead of the screen. The pages are drawn when printing starts (the
// `beforeprint` event, which the Print button's window.print() and the browser's own Print
// command both fire) and dropped after, not kept up to date with every edit: redrawing a
// co-op's 300 pages after each edit took 100–300 ms, a hitch after every drag. They go in a
// root of their own under <body> with the class print.css gives that role (as PrintView's
// printOnly does): not on screen, and the only thing printed.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

import { PrintView, type PlanStore } from './parts';

export type PrintBy = 'child' | 'guardian';

export function PlanPrint(props: { store: PlanStore; by: PrintBy }): null {
  const by = useRef(props.by);
  by.current = props.by;
  useEffect(() => {
    const root = document.createElement('div');
    root.className = 'print-root';
    document.body.append(root);
    const draw = () => render(<PrintView plan={props.store.plan.peek()} by={by.current} />, root);
    const drop = () => render(null, root);
    addEventListener('beforeprint', draw);
    addEventListener('afterprint', drop);
    return () => {
      removeEventListener('beforeprint', draw);
      removeEventListener('afterprint', drop);
      drop();
      root.remove();
    };
  }, [props.store]);
  return null;
}
