// What the built sw.js caches at install, and that a new build gives a new worker.
import { describe, expect, test } from 'vitest';

import { buildId, precacheList, serviceWorkerSource } from './service-worker-build';

describe('the service worker of a build', () => {
  const bundle = ['index.html', 'assets/index-DRkz7drl.js', 'assets/index-DRkz7drl.js.map', 'assets/index-BJa0LGwL.css',
    'assets/brightpath_core-I_nfwy18.wasm', 'assets/validate.worker-BiOzB6M9.js', 'sw.js'];

  test('caches every file of the build and of public/, index.html as "/", without source maps or itself', () => {
    expect(precacheList(bundle, ['config.json', 'favicon.svg'])).toEqual([
      '/', '/assets/brightpath_core-I_nfwy18.wasm', '/assets/index-BJa0LGwL.css', '/assets/index-DRkz7drl.js',
      '/assets/validate.worker-BiOzB6M9.js', '/config.json', '/favicon.svg',
    ]);
  });

  test('a build with a changed file gets another id, so browsers install its worker', async () => {
    const files = precacheList(bundle, ['config.json']);
    const changed = precacheList(bundle.map((f) => f.replace('DRkz7drl', 'Q9xw2aLm')), ['config.json']);
    expect(await buildId(files)).toMatch(/^[0-9a-f]{16}$/);
    expect(await buildId(files)).toBe(await buildId([...files]));
    expect(await buildId(changed)).not.toBe(await buildId(files));
  });

  test('sw.js is the worker with its file list and build id in front', () => {
    expect(serviceWorkerSource(['/', '/config.json'], 'abc', 'self.x = 1;\n'))
      .toBe('const PRECACHE = ["/","/config.json"];\nconst BUILD = "abc";\nself.x = 1;\n');
  });
});
