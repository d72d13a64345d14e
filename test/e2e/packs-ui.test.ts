/**
 * The packs view in browser mode: build the sample pack, reorder by keyboard, remove with
 * undo, raise the classification (never below the items'), and preview the PDF page by page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => requests.push(request.url()));
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const itemLabels = () =>
  page
    .getByRole('list', { name: 'Items, in print order' })
    .getByRole('listitem')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));

describe('packs in browser mode', () => {
  it('builds the sample pack from the packs view', async () => {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Briefing packs' }).click();
    await page.getByRole('button', { name: 'Sample pack' }).click();
    await expect.poll(async () => (await itemLabels()).length).toBe(4);
    expect((await itemLabels())[3]).toMatch(/^4\. Annex: Annex — /);
  });

  it('moves an item with Alt+Arrow keys and keeps focus on it', async () => {
    const before = await itemLabels();
    const first = page.getByRole('listitem', { name: before[0] as string });
    await first.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(async () => (await itemLabels())[1]?.replace(/^\d+\. /, ''))
      .toBe(before[0]?.replace(/^\d+\. /, ''));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^2\. /);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'moved to position 2 of 4' }).count()).toBe(1);
  });

  it('removes an item and puts it back with Undo', async () => {
    const before = await itemLabels();
    await page.getByRole('button', { name: /^Remove Excerpt — Contribute/ }).click();
    await expect.poll(async () => (await itemLabels()).length).toBe(3);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(itemLabels).toEqual(before);
  });

  it('offers no classification below the items’ and accepts a higher one', async () => {
    const select = page.getByRole('combobox', { name: 'Classification' });
    await select.selectOption('protected-a');
    await expect.poll(() => page.getByRole('link', { name: /PROTECTED A/ }).count()).toBe(1);
  });

  it('previews the exported PDF page by page', async () => {
    await page.getByRole('button', { name: 'Preview' }).click();
    const pages = page.getByRole('img', { name: /^Page \d+ of \d+$/ });
    await expect.poll(() => pages.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const total = Number(/of (\d+)$/.exec((await pages.first().getAttribute('aria-label')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(4);
    // Every page is drawn, in order.
    await expect.poll(() => pages.count(), { timeout: 30_000 }).toBe(total);
    expect(await pages.last().getAttribute('aria-label')).toBe(`Page ${total} of ${total}`);
    // The page was drawn: the canvas is not blank.
    const inked = await pages.first().evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    expect(
      requests.every((url) => url.startsWith(app.origin) || url.startsWith('blob:') || url.startsWith('data:')),
    ).toBe(true);
  }, 60_000);
});
