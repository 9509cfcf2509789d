// A page of its own for the week editor's end-to-end tests and benchmark: it mounts the
// editor of web/src with a plan from examples/ (served at ./examples/). The app's packages
// are those installed in web/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const web = fileURLToPath(new URL('../../../web/', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  worker: { format: 'es' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: [{ find: /^(preact|@preact\/signals|@brightpath\/core)(\/.*)?$/, replacement: `${web}node_modules/$1$2` }] },
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../../build/editor-page/', import.meta.url)), emptyOutDir: true },
});
