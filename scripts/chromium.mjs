// Debian's headless Chromium, launched the same way by the browser tests
// (tests/js/browser.test.mjs) and the browser benchmarks (bench/wasm_browser.mjs,
// bench/text_boundary.mjs). BRIGHTPATH_CHROMIUM names another binary.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.BRIGHTPATH_CHROMIUM ?? '/usr/bin/chromium';

// Runs as root on machines without a way out: no sandbox (it refuses root otherwise), no
// GPU, and none of the calls home a fresh profile makes.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: scripts/install-deps.sh installs Debian's chromium`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
