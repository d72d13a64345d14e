/**
 * Exporting a pack's PDF from browser mode (issue 19, finding 2): the page never names a path.
 * It asks `export:pdf` for the PDF, which is kept in the data folder; the page downloads it
 * from the token-checked exports route; the download arrives whole and the kept copy is gone.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../support/pdf.ts';
import { makeTempDir } from '../support/temp.ts';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { api } from './support/network.ts';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  temp = makeTempDir('precis-download-');
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  temp?.cleanup();
});

describe('PDF export in browser mode', () => {
  it('downloads the pack without a path crossing the API, and keeps no copy', async () => {
    const pack = await api<{ id: string; title: string }>(app, 'packs:createSample', {});
    await page.goto(`${app.url}#/packs/${pack.id}`);
    const button = page.getByRole('button', { name: 'Export PDF' });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe(
      `${pack.title
        .replace(/[\\/:*?"<>|]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()}.pdf`,
    );
    const file = join(temp.dir, 'pack.pdf');
    await download.saveAs(file);
    const pages = pdfPageTexts(file);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every((text) => text.includes('UNCLASSIFIED'))).toBe(true);
    // Delivered once: nothing left waiting in the data folder.
    const exports = join(app.storeDir, 'exports');
    expect(existsSync(exports) ? readdirSync(exports) : []).toEqual([]);
  }, 120_000);
});
