// A page with only the setup flow, for tests/web/setup-clicks.test.mjs, in the frame the app
// gives it (the app's stylesheet, a card as on web/src/app/PlanScreen.tsx): the plan it makes
// is shown as JSON in [data-testid="setup-result"] for the test to read and check with the
// core. ?initial=<url> opens the flow on an existing plan.
import type { Plan } from '@brightpath/core';
import { render } from 'preact';

import '../../../web/src/app/app.css';
import { SetupFlow } from '../../../web/src/setup/SetupFlow';

const app = document.getElementById('app')!;
const initialUrl = new URLSearchParams(location.search).get('initial');
const initial: Plan | undefined = initialUrl ? await (await fetch(initialUrl)).json() : undefined;

function finished(plan: Plan) {
  render(<pre data-testid="setup-result">{JSON.stringify(plan, null, 2)}</pre>, app);
}

render(
  <section class="card setup">
    <h1>{initial ? 'Edit household' : 'Describe your household'}</h1>
    <SetupFlow initial={initial} onFinish={finished} onCancel={() => finished(initial!)} />
  </section>,
  app,
);
