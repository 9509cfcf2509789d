// The parent's app: configuration (where the API is), the API client, and the app frame.
import { render } from 'preact';

import { ApiClient, endpoints } from './api';
import { App } from './app/App';
import { ServicesContext } from './app/services';
import { loadConfig } from './config';
import { registerServiceWorker } from './offline';

registerServiceWorker();
const config = await loadConfig();
const client = new ApiClient(config.apiBase);
const services = { client, api: endpoints(client), storage: localStorage };

render(
  <ServicesContext.Provider value={services}>
    <App />
  </ServicesContext.Provider>,
  document.getElementById('app')!,
);
