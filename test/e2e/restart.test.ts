/**
 * After browser mode is restarted, an open page holds the old launch's token: its API calls are
 * refused. It once showed raw JSON parse errors; it now says what happened and what to do, in
 * the interface's language (issue 19, finding 7).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp.ts';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { api } from './support/network.ts';

let temp: ReturnType<typeof makeTempDir>;
let browser: Browser;
let page: Page;
const running: RunningBrowserMode[] = [];

/** Stops the running server and starts a new one (a new token) on the same port and library. */
async function restart(): Promise<RunningBrowserMode> {
  const previous = running.pop() as RunningBrowserMode;
  await previous.stop();
  const next = await startBrowserMode({ storeDir: temp.dir, port: Number(new URL(previous.origin).port) });
  running.push(next);
  return next;
}

beforeAll(async () => {
  temp = makeTempDir('precis-restart-');
  running.push(await startBrowserMode({ storeDir: temp.dir }));
  browser = await launchChromium();
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const app of running) await app.stop();
  temp?.cleanup();
});

describe('browser mode restarted under an open page', () => {
  it('says Précis was restarted and to open the new address, in English and French', async () => {
    const first = running[0] as RunningBrowserMode;
    await page.goto(`${first.url}#/`);
    const declaration = page.locator('.app-side').getByText('Canada–France Declaration').first();
    await declaration.waitFor();
    await restart();
    await declaration.click();
    await page.getByText('Précis was restarted: open the new address it printed.').first().waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/JSON|Unexpected token/);

    // The same in French.
    const second = running[0] as RunningBrowserMode;
    await api(second, 'settings:set', { language: 'fr' });
    await page.goto(`${second.url}#/`);
    await page.locator('.app-side').getByText('Canada–France Declaration').first().waitFor();
    await restart();
    await page.locator('nav a', { hasText: 'Notes de breffage' }).first().click();
    await page.getByText('Précis a été redémarré : ouvrez la nouvelle adresse qu’il a affichée.').first().waitFor();
  }, 120_000);
});
