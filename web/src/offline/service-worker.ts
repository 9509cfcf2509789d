// The app's service worker (served as /sw.js; service-worker-build.ts writes it at build
// time with PRECACHE and BUILD in front of this file). It makes the app itself open without
// a network: a reload while offline gets the page, its scripts, styles and the core's
// WebAssembly from the cache, and the app then opens the plan kept on this device
// (opened-plan.ts). The cache holds exactly this build's files, written once at install, so
// the files it answers always belong together. The API is never cached: what the server
// holds is only ever read from the server.
//
// A plain script, not a module: classic service workers work in every browser the app
// supports. It has no imports, so TypeScript checks it as a global script.

/** Every file of this build, as paths from the site's root ("/" is index.html). */
declare const PRECACHE: readonly string[];
/** A hash of the build's file names: one cache per build, older ones are deleted. */
declare const BUILD: string;

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE_PREFIX = 'brightpath-app-';
const cacheName = CACHE_PREFIX + BUILD;
const scope = new URL(worker.registration.scope);

worker.addEventListener('install', (event) => {
  // All or nothing: a build with a file missing from the cache would not open offline.
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(PRECACHE.map((file) => new Request(new URL(file.replace(/^\//, ''), scope), { cache: 'reload' }))))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== cacheName) await caches.delete(name);
    }
    // The page that registered this worker is looked after at once, not from its next load.
    await worker.clients.claim();
  })());
});

type Strategy = 'network' | 'network-first' | 'cache-first';

function strategyFor(request: Request): Strategy {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return 'network';
  const path = url.pathname.slice(scope.pathname.length - 1);
  if (path === '/api' || path.startsWith('/api/') || path === '/sw.js') return 'network';
  // Vite names these by their content: a cached one is always the right one.
  if (path.startsWith('/assets/')) return 'cache-first';
  // index.html (any route of the app), config.json, the icon: the newest when there is a
  // network, else this build's.
  return 'network-first';
}

async function cacheFirst(request: Request): Promise<Response> {
  return (await caches.match(request, { cacheName })) ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(request, { cacheName, ignoreSearch: true });
    if (cached) return cached;
    // Every route of the app is index.html (the server answers them so too).
    if (request.mode === 'navigate') {
      const app = await caches.match(new URL('./', scope).href, { cacheName });
      if (app) return app;
    }
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request);
  if (strategy === 'network') return;  // the browser fetches it as if there were no worker
  event.respondWith(strategy === 'cache-first' ? cacheFirst(event.request) : networkFirst(event.request));
});
