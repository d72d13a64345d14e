/**
 * Nothing typed is lost when the window closes (issue 18), in Chromium on the real browser-mode
 * server: text typed in an annotation's comment, and in a note, is in the store after the page
 * is closed straight after the last key — before the editors' own save pause (400 ms for a
 * comment) has run out. The page sends what it holds on `pagehide`/`beforeunload`
 * (renderer/app/unsaved.ts) with a request that outlives it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { api } from './support/network.ts';

let app: RunningBrowserMode;
let browser: Browser;
let declaration = '';

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  const documents = await api<Array<{ id: string; kind: string }>>(app, 'documents:list', {});
  declaration = documents.find((d) => d.kind === 'declaration')?.id ?? '';
  await api(app, 'annotations:create', { documentId: declaration, target: { type: 'paragraph', n: 2 } });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('closing the window straight after typing', () => {
  it('keeps an annotation’s comment', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}#/doc/${declaration}`);
    await page.locator('.annotation-card').getByRole('button', { name: 'Edit' }).press('Enter');
    // Edit puts focus in the comment.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('comment-input')))
      .toBe(true);
    await page.keyboard.type('Raise with the desk before Friday');
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => {
        const list = await api<Array<{ comment: { text: string } | null }>>(app, 'annotations:list', {
          documentId: declaration,
        });
        return list.map((a) => a.comment?.text ?? '').join('|');
      })
      .toContain('Raise with the desk before Friday');
  });

  it('keeps a note’s text', async () => {
    const note = await api<{ id: string }>(app, 'notes:create', { template: 'en' });
    const page = await browser.newPage();
    await page.goto(`${app.url}#/notes/${note.id}`);
    const title = page.getByLabel('Note title');
    await title.waitFor();
    await title.press('End');
    await page.keyboard.type(' — closing now');
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => (await api<{ title: string }>(app, 'notes:get', { id: note.id })).title)
      .toMatch(/ — closing now$/);
  });
});
