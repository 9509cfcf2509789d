// Serves the setup flow alone (index.html here) with the web app's dependencies and JSX
// settings, so its test needs nothing from the rest of the app.
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const webEntry = fileURLToPath(new URL('../../../web/src/main.tsx', import.meta.url));

/** Bare imports of this page ("preact", the JSX runtime) resolve as the web app's own do. */
const fromWebApp = {
  name: 'setup-page-resolves-like-the-web-app',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer?.startsWith(here) || source.startsWith('.') || source.startsWith('/')) return null;
    return this.resolve(source, webEntry, { skipSelf: true });
  },
};

export default {
  root: here,
  configFile: false,
  logLevel: 'warn',
  plugins: [fromWebApp],
  // The page is small and served once per test run: no dependency scan (it would read the
  // JSX with React's defaults).
  optimizeDeps: { noDiscovery: true, include: [] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { fs: { allow: [repo] } },
  build: { target: 'es2022' },
};
