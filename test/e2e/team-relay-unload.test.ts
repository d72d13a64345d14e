/**
 * Stores lost on unload (a known pitfall of Yjs editors): what a shared note's editor typed
 * behind a change still on its way to the library must not be lost when the page goes away.
 * A real team server process, a real browser-mode instance and Chromium; the first change's
 * request is held (a slow machine), more is typed behind it, and the page is left at once.
 */
import { join } from 'node:path';
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteToPlainText } from '../../shared/notes/content.ts';
import { makeTempDir } from '../support/temp.ts';
import { until } from '../team/library.ts';
import { startServerProcess, type ServerProcess } from '../team/processes.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { launchChromium } from './support/chromium.ts';
import { api } from './support/network.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: ServerProcess;
let app: RunningBrowserMode;
let browser: Browser;

beforeAll(async () => {
  temp = makeTempDir('precis-team-unload-');
  server = await startServerProcess(join(temp.dir, 'server'));
  app = await startBrowserMode();
  await api(app, 'team:join', { server: server.httpUrl, token: server.addUser('Ana Lima', 'editor') });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await server?.stop();
  temp.cleanup();
}, 60_000);

describe('a shared note left while a change is on its way', { timeout: 180_000 }, () => {
  it('keeps what was typed behind it', async () => {
    const note = await api<{ id: string }>(app, 'notes:create', { template: 'blank', title: 'Mercosur talks' });
    await until(
      async () => (await api<{ state: string }>(app, 'team:status', {})).state === 'saved',
      'shared and saved',
      60_000,
    );
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${app.url}#/notes/${note.id}`);
    await page.locator('.review-bar').waitFor({ timeout: 30_000 });
    const editor = page.locator('.note-page .note-content');
    await editor.click();
    await page.keyboard.type('Opening line.', { delay: 10 });
    await expect
      .poll(() => page.locator('.status-bar-text').textContent(), { timeout: 30_000 })
      .toBe('Saved to server');

    // The next change's request is held; what is typed after it queues behind it.
    let held: Route | undefined;
    await page.route('**/api/sync%3Apush', async (route) => {
      if (held === undefined) held = route;
      else await route.continue();
    });
    await page.keyboard.type(' Tariff schedule agreed in principle.', { delay: 10 });
    await expect.poll(() => held !== undefined).toBe(true);
    await page.goto('about:blank');
    await held?.abort().catch(() => {});

    const body = async () =>
      noteToPlainText((await api<{ content: never }>(app, 'notes:get', { id: note.id })).content);
    await expect.poll(body, { timeout: 30_000 }).toContain('Tariff schedule agreed in principle.');
  });
});
