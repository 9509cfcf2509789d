// The week editor alone, on an example plan (?plan=family, the default, or another file of
// examples/), for the editor's end-to-end tests and its benchmark. ?print=child|guardian
// shows the print view instead; with &printOnly=1 the editor with the print view kept for paper.
import { render } from 'preact';
import type { Plan } from '@brightpath/core';

import { getCore } from '../../../web/src/core/core';
import { openPlanStore } from '../../../web/src/editor/open-plan-store';
import { WeekEditor } from '../../../web/src/editor/WeekEditor';
import { PrintView } from '../../../web/src/print/PrintView';

const params = new URLSearchParams(location.search);
const name = params.get('plan') ?? 'family';
const [core, text] = await Promise.all([getCore(), fetch(`./examples/${encodeURIComponent(name)}.json`).then((r) => r.text())]);
const plan = JSON.parse(text) as Plan;
const print = params.get('print');
if ((print === 'child' || print === 'guardian') && !params.has('printOnly')) {
  render(<PrintView plan={plan} by={print} />, document.getElementById('app')!);
} else {
  const store = await openPlanStore(core, plan, { text });
  Object.assign(window, { brightpathStore: store });
  const by = print === 'guardian' ? 'guardian' : 'child';
  render(
    <>
      <WeekEditor store={store} />
      {print && <PrintView plan={store.plan.value} by={by} printOnly />}
    </>,
    document.getElementById('app')!,
  );
}
performance.mark('interactive');
