import { init } from '@brightpath/core';
import { render } from 'preact';

import { loadConfig } from './config';

const [config, core] = await Promise.all([loadConfig(), init()]);
render(<p>BrightPath core loaded, {core.rules().length} rules (API at {config.apiBase})</p>, document.getElementById('app')!);
