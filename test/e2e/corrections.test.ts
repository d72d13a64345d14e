/**
 * End to end: correcting what detection got wrong, in the reading view — the document's
 * details, then its structure (a paragraph made a heading, undone; two paragraphs merged; one
 * split at the caret) — and the corrections survive a reload.
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
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Library' }).locator('.library-item', { hasText: 'Declaration' }).click();
  await page.locator('article h2').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const paragraphs = () => page.locator('.structure-paragraph p');

describe('corrections in the reading view', () => {
  it('edits the document’s details', async () => {
    await page.getByRole('button', { name: 'Edit details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document details' });
    await dialog.getByLabel('Issuer or publisher').fill('Prime Minister’s Office');
    await dialog.getByLabel('Date').fill('2024-09-27');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.dateline').textContent()).toContain('Prime Minister’s Office');
    expect(await page.locator('.dateline').textContent()).toContain('27');
  });

  it('makes a paragraph a heading, and undoes it', async () => {
    await page.getByRole('button', { name: 'Correct structure…' }).click();
    await expect.poll(() => paragraphs().count()).toBe(24);
    const fifth = page.locator('.structure-paragraph').nth(4);
    await fifth.getByRole('button', { name: 'Make heading' }).click();
    await expect.poll(() => paragraphs().count()).toBe(23);
    expect(await page.locator('.structure-heading h3').count()).toBe(6);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => paragraphs().count()).toBe(24);
    expect(await page.locator('.structure-heading h3').count()).toBe(5);
  });

  it('merges two paragraphs and splits one at the caret', async () => {
    await page.locator('.structure-paragraph').nth(1).getByRole('button', { name: 'Merge with next' }).click();
    await expect.poll(() => paragraphs().count()).toBe(23);
    const merged = paragraphs().nth(1);
    expect(await merged.textContent()).toMatch(/universal values\. During the 20th century/);
    // Put the caret right after "universal values." and split there.
    await merged.evaluate((element) => {
      const text = element.firstChild as Text;
      const at = (text.textContent ?? '').indexOf('During the 20th');
      const range = document.createRange();
      range.setStart(text, at);
      range.collapse(true);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.locator('.structure-paragraph').nth(1).getByRole('button', { name: 'Split at cursor' }).click();
    await expect.poll(() => paragraphs().count()).toBe(24);
    expect(await paragraphs().nth(2).textContent()).toMatch(/^During the 20th century/);
  });

  it('keeps corrections after a reload', async () => {
    await page.locator('.structure-paragraph').nth(3).getByRole('button', { name: 'Make heading' }).click();
    await expect.poll(() => paragraphs().count()).toBe(23);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.reload();
    await page.locator('article h2').first().waitFor();
    expect(await page.locator('article h2').count()).toBe(6);
    expect(await page.locator('article .paragraph').count()).toBe(23);
    expect(await page.locator('.dateline').textContent()).toContain('Prime Minister’s Office');
  });
});
