/**
 * End to end: search in the real browser-mode app in Chromium. The shortcut reaches the box
 * from anywhere, results come as you type with matches marked, the keyboard moves through
 * them, a hit opens the document at its paragraph with every hit marked, a malformed
 * query gets a message, not an error, and an annotation's comment and a note made in the app
 * are found at once with an unaccented query, told apart, and filtered by tag.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const results = join(import.meta.dirname, '..', '..', 'test-results');

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  mkdirSync(results, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const hitLinks = () => page.locator('.search-results .search-hit-link');

describe('search in Chromium', () => {
  it('opens the search box with Ctrl+K from a document and shows ranked hits as you type', async () => {
    await page.goto(app.url);
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('link', { name: /Declaration on a Stronger Defence/ })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Declaration/);
    await page.keyboard.press('Control+k');
    const box = page.getByRole('searchbox', { name: 'Search everything' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('défense');
    await expect.poll(() => hitLinks().count()).toBe(2);
    expect(await page.evaluate(() => window.location.hash)).toBe('#/search?q=d%C3%A9fense');
    // Accent-insensitive: the marked words are "defense" and "Defense", without the accent.
    const marks = await page.locator('.search-results mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(['defense', 'defense']);
    expect(await hitLinks().first().textContent()).toMatch(/¶ \d+/);
    expect(await page.getByRole('status').first().textContent()).toBe('2 matches');
    await page.screenshot({ path: join(results, 'search-results.png') });
  });

  it('moves through results with the arrow keys and opens a hit at its paragraph with hits marked', async () => {
    const box = page.getByRole('searchbox', { name: 'Search everything' });
    await box.fill('"territorial integrity"');
    await expect.poll(() => hitLinks().count()).toBeGreaterThanOrEqual(3);
    await box.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = hitLinks().nth(1);
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    const href = (await second.getAttribute('href')) ?? '';
    const paragraph = Number(/\/p\/(\d+)/.exec(href)?.[1]);
    expect(paragraph).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`/p/${paragraph}?find=`);
    const findStatus = page.locator('.find-bar-status');
    await expect.poll(() => findStatus.textContent()).toMatch(new RegExp(`^¶ ${paragraph} · \\d+ of \\d+ paragraphs$`));
    // Every hit of the phrase in this document is painted as a highlight over the reader's text.
    // Highlights are painted after the paragraphs render, a frame or more after the status line.
    const paintedHits = () =>
      page.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        return [...(registry.get('search-hit') ?? [])].map((range) => range.toString().toLowerCase());
      });
    await expect.poll(async () => (await paintedHits()).length).toBeGreaterThanOrEqual(1);
    const painted = await paintedHits();
    expect(new Set(painted)).toEqual(new Set(['territorial integrity']));
    const currentHitParagraph = () =>
      page.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const range = [...(registry.get('search-hit-current') ?? [])][0];
        return range?.startContainer.parentElement?.closest('.paragraph')?.id;
      });
    await expect.poll(currentHitParagraph).toBe(`p-${paragraph}`);
    await page.screenshot({ path: join(results, 'search-in-document.png') });
  });

  it('finds within the open document with Ctrl+F, stepping with Enter', async () => {
    await page.keyboard.press('Escape');
    await page.locator('article').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find in this document' });
    await expect.poll(() => find.evaluate((el) => el === document.activeElement)).toBe(true);
    await find.fill('ukrain*');
    const status = page.locator('.find-bar-status');
    // It starts at the paragraph the address points at (the search hit), if that is a hit.
    const pattern = /^¶ (\d+) · (\d+) of (\d+) paragraphs$/;
    await expect.poll(() => status.textContent()).toMatch(pattern);
    const [, firstN, firstIndex, total] = pattern.exec((await status.textContent()) ?? '')?.map(Number) ?? [];
    expect(firstN).toBe(Number(/\/p\/(\d+)/.exec(await page.evaluate(() => window.location.hash))?.[1]));
    expect(total).toBeGreaterThan(2);
    await find.press('Enter');
    const expectedIndex = ((firstIndex ?? 0) % (total ?? 1)) + 1;
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`· ${expectedIndex} of ${total} paragraphs$`));
    const nextN = Number(pattern.exec((await status.textContent()) ?? '')?.[1]);
    if (expectedIndex > 1) expect(nextN).toBeGreaterThan(firstN ?? 0);
    await find.press('Shift+Enter');
    await expect.poll(() => status.textContent()).toBe(`¶ ${firstN} · ${firstIndex} of ${total} paragraphs`);
    const paintedWords = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...(registry.get('search-hit') ?? [])].map((range) => range.toString().toLowerCase());
    });
    expect(paintedWords.length).toBeGreaterThan(5);
    expect(paintedWords.every((word) => word.startsWith('ukrain'))).toBe(true);
    await find.press('Escape');
    expect(await page.locator('.find-bar').count()).toBe(0);
  });

  it('answers malformed queries with results or a message, and filters by kind', async () => {
    const box = page.getByRole('searchbox', { name: 'Search everything' });
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('-russia');
    const status = page.locator('.search-status');
    await expect.poll(() => status.textContent()).toMatch(/not only what to leave out/);
    await box.fill('(ukraine OR "cyber');
    await expect.poll(() => hitLinks().count()).toBeGreaterThan(0);
    expect(await status.textContent()).toMatch(/^\d+ match/);
    await page.getByRole('checkbox', { name: 'Notes' }).check();
    await expect.poll(() => status.textContent()).toBe('0 matches');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => hitLinks().count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it('finds an annotation comment and a note written in the app with an unaccented query', async () => {
    // An annotation on the start of ¶ 8, with a comment holding an accented word and a tag.
    await page.goto(app.url);
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('link', { name: /Declaration on a Stronger Defence/ })
      .click();
    await expect.poll(() => page.locator('#p-8').count()).toBe(1);
    const quoted = await page.evaluate(() => {
      const container = document.querySelector('#p-8 .paragraph-text');
      const walker = container && document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const node = walker?.nextNode();
      if (!node?.textContent) throw new Error('¶ 8 has no text');
      const words = /^\S+\s+\S+\s+\S+/.exec(node.textContent)?.[0] ?? node.textContent;
      container?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, words.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      container?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return words;
    });
    await page.getByRole('button', { name: 'Highlight the selection as Risk' }).click();
    const card = page.locator('.annotation-card').filter({ hasText: quoted });
    await card.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: /Comment on/ }).click();
    await page.keyboard.type('Vérifier l’échéancier avec le ministère');
    await page.getByRole('combobox', { name: 'Add a tag' }).fill('Énergie');
    await page.keyboard.press('Enter');
    await card.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => card.locator('.comment-view').textContent()).toMatch(/échéancier/);

    // A briefing note whose title and text hold the same word.
    await page.getByRole('link', { name: 'Briefing notes' }).click();
    await page.getByRole('button', { name: 'New briefing note' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/notes\/n\w+$/);
    const noteHash = await page.evaluate(() => window.location.hash);
    await page.getByLabel('Note title').fill('Échéancier des travaux');
    await expect.poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^Saved/);

    // One search, no accents: both, told apart, each saying where it is.
    const box = page.getByRole('searchbox', { name: 'Search everything' });
    await box.fill('echeancier');
    await expect.poll(() => hitLinks().count()).toBe(2);
    const kinds = await page.locator('.search-results .search-hit-kind').allTextContents();
    expect(kinds.sort()).toEqual(['Annotation', 'Note']);
    const annotationHit = hitLinks().filter({ has: page.locator('.search-hit-kind--annotation') });
    expect(await annotationHit.locator('.search-hit-where').textContent()).toMatch(/Declaration.* · ¶ 8$/);
    expect(await annotationHit.locator('.search-hit-quote').textContent()).toContain(quoted);
    expect(await annotationHit.locator('.search-hit-comment mark').allTextContents()).toEqual(['échéancier']);
    expect(await annotationHit.getAttribute('href')).toMatch(/^#\/doc\/[^/]+\/p\/8\?find=echeancier$/);
    const noteHit = hitLinks().filter({ has: page.locator('.search-hit-kind--note') });
    expect(await noteHit.locator('.search-hit-where').textContent()).toBe('Briefing note · Échéancier des travaux');
    expect(await noteHit.getAttribute('href')).toBe(noteHash);
    await page.screenshot({ path: join(results, 'search-annotation-note.png') });

    // The tag filter lists the tags in use; choosing one keeps only what carries it.
    const tag = page.getByRole('combobox', { name: 'Tag' });
    await expect.poll(() => tag.locator('option').allTextContents()).toContain('Énergie');
    await tag.selectOption('Énergie');
    await expect.poll(() => hitLinks().count()).toBe(1);
    expect(await page.locator('.search-results .search-hit-kind').allTextContents()).toEqual(['Annotation']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => hitLinks().count()).toBe(2);

    // A note hit opens the note.
    await noteHit.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(noteHash);
    expect(consoleErrors).toEqual([]);
  });
});
