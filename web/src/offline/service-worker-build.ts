// Writes the service worker (service-worker.ts) into the build as /sw.js, with the list of
// every file the build produced (PRECACHE) and a hash of that list (BUILD) in front. Vite
// names the assets by their content, so a new build means a new list, new bytes in sw.js,
// and the browser installs the new worker by itself. Used by vite.config.ts at build only.
import { transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

export const serviceWorkerFile = 'sw.js';

/**
 * The paths the worker caches at install: every file of the build and of public/, as
 * paths from the site's root, index.html as "/" (the address the app is opened at);
 * source maps are left out (a debugger fetches them, the app never does).
 */
export function precacheList(bundleFiles: Iterable<string>, publicFiles: Iterable<string>): string[] {
  const files = new Set<string>();
  for (const file of [...bundleFiles, ...publicFiles]) {
    if (file.endsWith('.map') || file === serviceWorkerFile) continue;
    files.add(file === 'index.html' ? '/' : `/${file}`);
  }
  return [...files].sort();
}

export async function buildId(files: readonly string[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(files.join('\n')));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The text of sw.js: the worker's code after its two constants. */
export function serviceWorkerSource(files: readonly string[], build: string, workerCode: string): string {
  return `const PRECACHE = ${JSON.stringify(files)};\nconst BUILD = ${JSON.stringify(build)};\n${workerCode}`;
}

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'brightpath:service-worker',
    apply: 'build',
    // After Vite's own plugins, so index.html is in the bundle.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      // Files in public/ are copied as they are and are not in the bundle.
      const publicFiles = config.publicDir ? await this.fs.readdir(config.publicDir) : [];
      const files = precacheList(Object.keys(bundle), publicFiles);
      if (!files.includes('/')) this.error('the service worker would cache the app without its index.html');
      const source = `${config.root}/src/offline/service-worker.ts`;
      const typescript = await this.fs.readFile(source, { encoding: 'utf8' });
      const { code } = await transformWithOxc(typescript, source, { lang: 'ts' });
      this.emitFile({ type: 'asset', fileName: serviceWorkerFile, source: serviceWorkerSource(files, await buildId(files), code) });
    },
  };
}
