// End-to-end check of a deployed web app in a headless browser, as a parent's first visit:
//
//   node scripts/e2e-deployed.mjs WEB_URL
//
// Loads WEB_URL and checks that the page answers 200 with a Content-Security-Policy that
// lets WebAssembly compile ('wasm-unsafe-eval'), that the app renders into #app with no
// uncaught error, no Content-Security-Policy violation and no failed request of its own,
// and that the API named by config.json answers through the same origin
// (`<apiBase>/openapi.json`, i.e. CloudFront routes /api/* to the servers). Run by the
// staging release (.github/workflows/release.yml). Exit 0 passed, 1 failed (each problem
// printed), 2 wrong arguments. BRIGHTPATH_CHROMIUM names the browser (scripts/chromium.mjs);
// BRIGHTPATH_E2E_RENDER_MS how long the app may take to render (default 30000).
import { launchChromium } from './chromium.mjs';

const url = process.argv[2];
if (process.argv.length !== 3 || !/^https?:\/\//.test(url ?? '')) {
  console.error('usage: node scripts/e2e-deployed.mjs WEB_URL   (e.g. https://app.example.org/)');
  process.exit(2);
}

const problems = [];
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const origin = new URL(url).origin;
  page.on('pageerror', (e) => problems.push(`uncaught error in the page: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(`CSP violation: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));

  const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
  if (!response || response.status() !== 200) problems.push(`${url} answered ${response?.status() ?? 'nothing'}`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  if (!csp.includes("'wasm-unsafe-eval'")) problems.push(`the page's Content-Security-Policy does not allow WebAssembly ('wasm-unsafe-eval'): "${csp}"`);
  const renderMs = Number(process.env.BRIGHTPATH_E2E_RENDER_MS ?? 30_000);
  await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, null, { timeout: renderMs })
    .catch(() => problems.push(`the app rendered nothing into #app within ${renderMs / 1000} s`));

  const api = await page.evaluate(async () => {
    const config = await (await fetch('config.json', { cache: 'no-cache' })).json();
    const answer = await fetch(`${config.apiBase}/openapi.json`);
    return { apiBase: config.apiBase, status: answer.status, type: answer.headers.get('content-type') ?? '' };
  }).catch((e) => ({ error: e.message }));
  if (api.error) problems.push(`reading config.json or the API failed: ${api.error}`);
  else if (api.status !== 200 || !api.type.includes('json')) problems.push(`${api.apiBase}/openapi.json answered ${api.status} ${api.type}: the API is not reachable from the page`);
} finally {
  await browser.close();
}

if (problems.length > 0) {
  for (const p of problems) console.error(`e2e: FAILED: ${p}`);
  process.exit(1);
}
console.log(`e2e: ${url} loads, renders, allows WebAssembly and reaches its API`);
