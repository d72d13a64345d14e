import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import type * as Playwright from 'playwright-core';

/**
 * playwright-core is loaded only when something prints or drives Chromium (browser mode, CLI,
 * tests). The desktop app prints with Electron and ships without it.
 */
export async function loadPlaywright(): Promise<typeof Playwright> {
  return import('playwright-core');
}

/**
 * The system Chromium that prints packs outside Electron (browser mode, CLI) and that the
 * end-to-end tests drive: CHROME_PATH, else the usual system locations, else one Playwright
 * installed. No browser is ever downloaded.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof Playwright;
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core has no browser of its own unless `npx playwright install` ran
  }
  throw new Error(
    'No Chromium found to print with. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

/** Flags that keep a headless Chromium from calling home (this machine has no network). */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
];

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await loadPlaywright();
  return chromium.launch({ executablePath: findChromium(), headless: true, args: QUIET_CHROMIUM_ARGS });
}

/**
 * Flags for printing packs. Chromium's sandbox stays on, except where it cannot start: as
 * root (containers, CI), where Chromium refuses it. The page printed is our own HTML with
 * scripts disabled and every request blocked.
 */
export function printingChromiumArgs(): string[] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return QUIET_CHROMIUM_ARGS.filter((arg) => isRoot || arg !== '--no-sandbox');
}
