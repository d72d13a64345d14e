/**
 * End to end: the import check bar. A page whose import is unsure (a site intro kept as ¶ 1, no
 * date) opens with the bar; its one-click fixes work from the keyboard, are kept as corrections
 * (they survive a reload) and undo; printed numbers show in the margin; the French interface
 * words it all in French.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { launchChromium } from './support/chromium.ts';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;

/** A pasted statement with a short caption line, printed paragraph numbers and no date. */
const PASTE = [
  'Summary for the press office',
  '',
  '1. The ministers of the coastal states met to agree on a common approach to storm warnings for fishing fleets.',
  '',
  '2. They will share forecasts in real time and train harbour masters to relay warnings by radio.',
  '',
  '3. A joint exercise will test the arrangements before the winter season.',
].join('\n');

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(app.url);
  await page.locator('.library-item').nth(1).waitFor();
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
  }, PASTE);
  await page.locator('.library-item', { hasText: 'Summary for the press office' }).click({ timeout: 20_000 });
  await page.locator('article h1').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const bar = () => page.getByRole('region', { name: 'Import check' });
const margin = () => page.locator('.paragraph-number').allTextContents();

describe('the import check bar', () => {
  it('opens on an unsure import, with the printed numbers in the margin', async () => {
    await bar().waitFor();
    expect(await bar().textContent()).toContain('none found');
    expect(await margin()).toEqual(['1', '2', '3']);
    await page.screenshot({ path: 'test-results/import-check-en.png' });
  });

  it('makes the first paragraph the title from the keyboard, and undoes it', async () => {
    const before = await page.locator('article h1').textContent();
    const button = bar().getByRole('button', { name: 'This is the title' }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('article h1').textContent()).toMatch(/^The ministers of the coastal states/);
    expect(await margin()).toEqual(['2', '3']);
    await bar().getByRole('button', { name: 'Undo the last fix' }).click();
    await expect.poll(() => page.locator('article h1').textContent()).toBe(before);
    expect(await margin()).toEqual(['1', '2', '3']);
  });

  it('takes a paragraph out of the document; the correction survives a reload and is kept aside', async () => {
    await bar().getByRole('button', { name: 'Not part of the document' }).nth(2).click();
    await expect.poll(margin).toEqual(['1', '2']);
    await page.reload();
    await page.locator('article h1').waitFor();
    expect(await margin()).toEqual(['1', '2']);
    await page.getByRole('button', { name: 'Correct structure…' }).click();
    const aside = page.getByRole('region', { name: /Kept aside/ });
    await aside.waitFor();
    expect(await aside.textContent()).toContain('A joint exercise will test');
    await aside.getByRole('button', { name: 'Put back' }).click();
    await expect.poll(() => page.locator('.structure-paragraph').count()).toBe(3);
    await page.getByRole('button', { name: 'Done' }).click();
  });

  it('confirms the import: the bar does not come back', async () => {
    await bar().getByRole('button', { name: 'Looks right' }).click();
    await expect.poll(() => bar().getByRole('status').textContent()).toContain('Import checked');
    await page.reload();
    await page.locator('article h1').waitFor();
    expect(await bar().count()).toBe(0);
  });

  it('speaks French in the French interface', async () => {
    await page.getByLabel('Interface language').selectOption('fr');
    await expect.poll(() => page.getByRole('navigation', { name: 'Bibliothèque' }).count()).toBe(1);
    await page.evaluate(
      (text) => {
        const transfer = new DataTransfer();
        transfer.setData('text/plain', text);
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
      },
      PASTE.replace('Summary for the press office', 'Note pour le service de presse'),
    );
    await page.locator('.library-item', { hasText: 'Note pour le service de presse' }).click();
    const fr = page.getByRole('region', { name: 'Contrôle de l’import' });
    await fr.waitFor();
    expect(await fr.getByRole('button', { name: 'C’est le titre' }).count()).toBeGreaterThan(0);
    expect(await fr.getByRole('button', { name: 'Ne fait pas partie du document' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/import-check-fr.png' });
  });
});
