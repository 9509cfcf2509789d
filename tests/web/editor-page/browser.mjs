// One headless Chromium and the editor's test page for an e2e test file.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium } from '../../../scripts/chromium.mjs';
import { serveEditorPage } from './serve.mjs';

/** Where the web tests save screenshots of the screens they reach (git-ignored). */
export const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

export async function openEditor() {
  const site = await serveEditorPage();
  const browser = await launchChromium();
  mkdirSync(screenshots, { recursive: true });
  return {
    /** A new page with the editor on examples/<plan>.json, ready to use. */
    async page(plan = 'family', { width = 1400, height = 1000, query = '', onPage } = {}) {
      const page = await browser.newPage({ viewport: { width, height } });
      await onPage?.(page);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e));
      page.errors = errors;
      await page.goto(`${site.url}?plan=${plan}${query}`);
      await page.locator('[data-lesson-id], [data-testid="print"]').first().waitFor({ timeout: 30000 });
      return page;
    },
    screenshot: (page, name) => page.screenshot({ path: path.join(screenshots, `${name}.png`) }),
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
