/**
 * End to end, in Chromium on the real browser-mode server: select a phrase in ¶ 8 of the
 * sample declaration, highlight, comment and tag it, reload and find it in place; import an
 * edited version (a paragraph inserted before it, a word changed inside it) and find it
 * re-anchored and flagged; import one without the passage and find it listed as not found.
 * axe-core checks the library and reading views.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANGED_PHRASE,
  DECLARATION_FILE,
  declarationWithoutParagraph8,
  editedDeclaration,
  PHRASE,
} from '../support/declaration-versions.ts';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

const TITLE = /Canada–France Declaration/;
const shots = join(import.meta.dirname, '..', '..', 'test-results');

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function selectInParagraph(n: number, phrase: string): Promise<void> {
  await page.evaluate(
    ({ n, phrase }) => {
      const container = document.querySelector(`#p-${n} .paragraph-text`);
      if (!container) throw new Error(`no ¶ ${n}`);
      container.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(phrase);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`“${phrase}” is not one text run in ¶ ${n}`);
    },
    { n, phrase },
  );
}

async function importText(text: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({
    name: DECLARATION_FILE,
    mimeType: 'text/plain',
    buffer: Buffer.from(text),
  });
  await expect.poll(() => page.locator('.document-kind').textContent()).toMatch(/version \d/);
}

const card = () => page.locator('.annotation-card').filter({ hasText: /Ukrainian/ });

async function expectNoSeriousViolations(): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('annotating the sample declaration', () => {
  it('shows the library view with sorting, and passes axe', async () => {
    await page.goto(app.url);
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await page.getByRole('button', { name: 'Title' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Title' }).locator('..').getAttribute('aria-sort'))
      .not.toBe('none');
    const titles = await table.locator('tbody tr td:first-child a').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    await expectNoSeriousViolations();
  });

  it('highlights, comments on and tags a phrase in ¶ 8, and keeps it across a reload', async () => {
    await page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: TITLE }).click();
    await expect.poll(() => page.locator('#p-8').count()).toBe(1);
    await selectInParagraph(8, PHRASE);
    await page.getByRole('button', { name: 'Highlight the selection as Risk' }).click();
    await expect.poll(() => page.locator('#p-8 mark.hl--red').textContent()).toBe(PHRASE);

    await card().getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('textbox', { name: /Comment on/ });
    await editor.click();
    await page.keyboard.type('Check the ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('numbers');
    await page.getByRole('combobox', { name: 'Add a tag' }).fill('training');
    await page.keyboard.press('Enter');
    await card().getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => card().locator('.comment-view strong').textContent()).toBe('numbers');
    await expect.poll(() => card().locator('.tag').allTextContents()).toEqual(['training']);
    await page.screenshot({ path: join(shots, 'annotate-v1.png') });
    await expectNoSeriousViolations();

    await page.reload();
    await expect.poll(() => page.locator('#p-8 mark.hl--red').textContent()).toBe(PHRASE);
    await expect.poll(() => card().locator('.comment-view').textContent()).toBe('Check the numbers');
    expect(await card().locator('.tag').allTextContents()).toEqual(['training']);
    expect(await card().locator('.status-badge').count()).toBe(0);
    // clicking the card's quote brings its passage into view
    await card().locator('.annotation-quote').click();
    await expect.poll(() => page.locator('#p-8 mark').first().getAttribute('class')).toContain('flash');
  });

  it('re-anchors it onto an edited version and lets the user confirm the place', async () => {
    await importText(editedDeclaration());
    await expect.poll(() => page.locator('#p-9 mark.hl--red').textContent()).toBe(CHANGED_PHRASE);
    expect(await page.locator('#p-8 mark').count()).toBe(0);
    await expect.poll(() => card().locator('.status-badge').textContent()).toBe('Changed');
    expect(await card().locator('.annotation-where').textContent()).toBe('¶ 9');
    await page.screenshot({ path: join(shots, 'annotate-v2.png') });
    await card().getByRole('button', { name: 'Confirm place' }).click();
    await expect.poll(() => card().locator('.status-badge').count()).toBe(0);
    expect(await card().locator('.comment-view').textContent()).toBe('Check the numbers');
  });

  it('lists it as not found, with its quote, when the passage is deleted', async () => {
    await importText(declarationWithoutParagraph8());
    await expect.poll(() => card().locator('.status-badge').textContent()).toBe('Not found');
    expect(await card().locator('.annotation-quote').textContent()).toContain(CHANGED_PHRASE);
    expect(await page.locator('mark.hl--red').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'annotate-orphan.png') });
    expect(consoleErrors).toEqual([]);
  });
});
