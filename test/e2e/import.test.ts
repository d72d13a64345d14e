/**
 * End to end: the ways a document gets into Précis — the file dialog (several files at once),
 * a drop on the library, and Ctrl+V of web-page HTML — and a bad file's clear message.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { launchChromium } from './support/chromium.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'import');

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(app.url);
  await page.locator('.library-item').nth(1).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const libraryTitles = () => page.locator('.library-item-title').allTextContents();

describe('importing in the app', () => {
  it('imports several files chosen in the file dialog', async () => {
    await page.setInputFiles('input[type=file]', [
      join(fixtures, 'declaration-fr.txt'),
      join(fixtures, 'saved-page.html'),
    ]);
    await expect.poll(() => page.locator('.library-item').count(), { timeout: 15_000 }).toBe(4);
    expect(await page.getByRole('status').textContent()).toContain('2 of 2 files imported');
  });

  it('imports a file dropped on the library', async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      const text = 'Joint Communiqué on Fisheries\n\nThe parties agree to protect fish stocks in shared waters.\n';
      transfer.items.add(new File([text], 'fisheries.txt', { type: 'text/plain' }));
      return transfer;
    });
    await page.dispatchEvent('nav[aria-label="Library"]', 'drop', { dataTransfer });
    await expect.poll(libraryTitles, { timeout: 15_000 }).toContain('Joint Communiqué on Fisheries');
  });

  it('imports web-page HTML pasted with Ctrl+V and opens it', async () => {
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.setData(
        'text/html',
        '<nav><a href="/">Home</a></nav><h1>Statement on Clean Rivers</h1><p>Ministers agreed to cut river pollution by half before 2030, with yearly reports.</p><p>They will meet again next year to review progress.</p><script>window.pwned = true</script>',
      );
      transfer.setData('text/plain', 'Statement on Clean Rivers');
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
    });
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Statement on Clean Rivers');
    expect(await page.locator('article .paragraph').count()).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  });

  it('says clearly what was wrong with a file it cannot import, and imports nothing', async () => {
    const before = await page.locator('.library-item').count();
    await page.setInputFiles('input[type=file]', {
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(''),
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/empty\.txt.*empty/);
    expect(await page.locator('.library-item').count()).toBe(before);
  });
});
