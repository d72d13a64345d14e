/**
 * End to end: renaming a document from the library table and a note from the notes list,
 * with the same inline field (Enter saves, Escape cancels), and the names surviving a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { launchChromium } from './support/chromium.ts';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('renaming in lists', () => {
  it('renames a document, ignores a cancelled rename, and keeps the name after a reload', async () => {
    await page.goto(app.url);
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    const row = table.getByRole('row').filter({ hasText: 'Declaration on a Stronger Defence' });
    await row.getByRole('button', { name: /^Rename/ }).click();
    await page.getByLabel('New title').fill('Throwaway');
    await page.getByLabel('New title').press('Escape');
    expect(await table.getByRole('link', { name: 'Throwaway' }).count()).toBe(0);
    await row.getByRole('button', { name: /^Rename/ }).click();
    await page.getByLabel('New title').fill('Defence partnership declaration');
    await page.getByLabel('New title').press('Enter');
    await expect.poll(() => table.getByRole('link', { name: 'Defence partnership declaration' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => table.getByRole('link', { name: 'Defence partnership declaration' }).count()).toBe(1);
  });

  it('renames a note, and refuses an empty title with a message', async () => {
    await page.getByRole('link', { name: 'Briefing notes' }).click();
    await page.getByRole('button', { name: 'New briefing note' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/notes\/n\w+$/);
    await page.getByRole('link', { name: 'Briefing notes' }).click();
    const list = page.locator('.notes-table');
    await list
      .getByRole('button', { name: /^Rename/ })
      .first()
      .click();
    const field = page.getByLabel(/^New title for/);
    await field.fill('   ');
    await field.press('Enter');
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    await field.fill('Cyber cooperation');
    await field.press('Enter');
    await expect.poll(() => list.getByRole('link', { name: 'Cyber cooperation' }).count()).toBe(1);
  });
});
