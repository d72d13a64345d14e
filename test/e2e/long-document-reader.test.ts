/**
 * A long document in the reading view, in Chromium on the real browser-mode server: 1,000
 * paragraphs in 40 sections with 334 annotations. The reader draws only what is near the view
 * (the count of drawn paragraphs and cards stays bounded), and still reaches a paragraph far
 * down by its ¶ link, by the outline, by the keyboard and by the find bar; an annotation far
 * down opens its card, and its card brings its passage into view; ] reaches an annotation far
 * away and ↓ moves through the cards past those drawn; a selection far down is annotated. The sample declaration (short) is drawn whole, as before.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, versionText } from '../../main/services/library/annotations.ts';
import { openLibrary } from '../../main/services/library/open-library.ts';
import { inTransaction } from '../../main/services/store/database.ts';
import { insertDocument } from '../../main/services/store/documents.store.ts';
import { numberSections, type SectionDraft } from '../../shared/model/index.ts';
import { makeTempDir } from '../support/temp.ts';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

const shots = join(import.meta.dirname, '..', '..', 'test-results');
const SECTIONS = 40;
const PER_SECTION = 25;
const PARAGRAPHS = SECTIONS * PER_SECTION;
/** A word found only in ¶ FAR_WORD_AT, for the find bar. */
const FAR_WORD = 'quillwort';
const FAR_WORD_AT = 990;
/** The annotation far down, with a tag of its own. */
const FAR_NOTE_AT = 950;
/** The last annotation (every third paragraph has one). */
const LAST_NOTE_AT = PARAGRAPHS - (PARAGRAPHS % 3);

const CLAUSES = [
  'the committee will review the programme each spring',
  'members agreed to share their findings with the secretariat',
  'a working group will report on the costs before the next session',
  'the regional offices are asked to publish their plans',
  'funding for the second phase depends on the first review',
  'the parties noted the progress made since the last meeting',
];

/** Our own text: paragraphs of one to four clauses, so heights differ as in a real document. */
function longDocument(): SectionDraft[] {
  return Array.from({ length: SECTIONS }, (_, s) => ({
    heading: `Part ${s + 1}: arrangements`,
    paragraphs: Array.from({ length: PER_SECTION }, (_, i) => {
      const n = s * PER_SECTION + i + 1;
      const clauses = Array.from({ length: 1 + ((n * 7) % 4) }, (_, k) => CLAUSES[(n + k) % CLAUSES.length]);
      const extra = n === FAR_WORD_AT ? ` The ${FAR_WORD} survey is attached.` : '';
      return `Item ${n}: ${clauses.join('; ')}.${extra}`;
    }),
  }));
}

let temp: { dir: string; cleanup: () => void };
let annotationCount = 0;
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  temp = makeTempDir('precis-e2e-long-');
  const store = await openLibrary(temp.dir);
  const db = store.db;
  inTransaction(db, () =>
    insertDocument(db, {
      id: 'longdoc',
      seriesId: 'longdoc',
      version: 1,
      previousId: null,
      document: {
        title: 'Long working arrangements',
        kind: 'declaration',
        language: 'en',
        date: null,
        place: null,
        issuer: null,
        sections: numberSections(longDocument()),
      },
      source: {
        fileName: 'long.txt',
        sha256: 'e2e-longdoc',
        mediaType: 'text/plain',
        bytes: new TextEncoder().encode('long'),
        importedAt: new Date().toISOString(),
      },
    }),
  );
  const { canonical } = versionText(db, 'longdoc');
  for (const paragraph of canonical.paragraphs) {
    if (paragraph.n % 3 !== 0 && paragraph.n !== FAR_NOTE_AT) continue;
    createAnnotation(db, {
      documentId: 'longdoc',
      target: { type: 'range', start: paragraph.start, end: paragraph.start + 12 },
      color: 'yellow',
      tags: paragraph.n === FAR_NOTE_AT ? ['far-down'] : [],
    });
    annotationCount++;
  }
  db.close();
  app = await startBrowserMode({ storeDir: temp.dir });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => errors.push(error.message));
  mkdirSync(shots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  temp?.cleanup();
});

/** Whether the element is inside the window (vertically). */
function inView(selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return !!box && box.bottom > 0 && box.top < window.innerHeight;
  }, selector);
}

const drawnParagraphs = () => page.locator('.document .paragraph').count();
const drawnCards = () => page.locator('.annotation-card').count();

/** Opens the long document from the library view (at its top, or at the paragraph `hash` names). */
async function openLong(hash = '#/doc/longdoc'): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.locator('.library-table').waitFor();
  await page.evaluate((hash) => (window.location.hash = hash), hash);
  await expect.poll(() => page.locator('#document-title').textContent()).toBe('Long working arrangements');
  await expect.poll(drawnCards).toBeGreaterThan(0);
}

describe('a long document in the reading view', () => {
  it('draws a bounded part of the text and of the annotation cards, and every section heading', async () => {
    await page.goto(app.url);
    await openLong();
    await expect.poll(() => page.locator('#p-1').count()).toBe(1);
    expect(await drawnParagraphs()).toBeLessThan(80);
    expect(await drawnCards()).toBeLessThan(60);
    // The structure stays whole: every section and heading, for the outline and heading navigation.
    expect(await page.locator('.document-section .section-heading').count()).toBe(SECTIONS);
    await expect.poll(() => page.locator('.reader-bar').textContent()).toContain(`Annotations (${annotationCount})`);
    expect(await page.locator(`#p-${PARAGRAPHS}`).count()).toBe(0);
    // The spacers are out of the accessibility tree; the cards say where they are in the list.
    expect(await page.locator('.window-spacer:not([aria-hidden="true"])').count()).toBe(0);
    expect(await page.locator('.annotation-card').first().getAttribute('aria-setsize')).toBe(String(annotationCount));
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: join(shots, 'long-document-top.png') });
  });

  it('reaches a far paragraph by its ¶ link, drawn, in view and focused', async () => {
    await openLong('#/doc/longdoc/p/900');
    await expect.poll(() => inView('#p-900')).toBe(true);
    expect(await page.locator('#p-900 .paragraph-text').textContent()).toMatch(/^Item 900: /);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p-900');
    expect(await page.locator('#p-900').getAttribute('class')).toContain('paragraph--focused');
    // Drawn late, it is still a drag handle for quoting the paragraph.
    expect(await page.locator('#p-900 .paragraph-number').getAttribute('draggable')).toBe('true');
    expect(await drawnParagraphs()).toBeLessThan(80);
    await page.screenshot({ path: join(shots, 'long-document-jump.png') });
  });

  it('reaches the last section by the outline, and its first paragraph by the keyboard', async () => {
    await openLong();
    await page.locator('.outline-link', { hasText: `Part ${SECTIONS}:` }).click();
    await expect.poll(() => inView(`#section-${SECTIONS} .section-heading`)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`section-${SECTIONS}`);
    await page.keyboard.press('ArrowDown');
    const first = PARAGRAPHS - PER_SECTION + 1;
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`p-${first}`);
    expect(await inView(`#p-${first}`)).toBe(true);
  });

  it('moves paragraph by paragraph past what was drawn, and keeps the focused paragraph when scrolled away', async () => {
    await openLong();
    await page.locator('#p-1').focus();
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p-61');
    expect(await inView('#p-61')).toBe(true);
    // Scrolled far away, the paragraph the keyboard was on is still there to come back to.
    await page.evaluate(() => {
      const main = document.getElementById('main');
      if (main) main.scrollTop = main.scrollHeight;
    });
    await expect.poll(() => page.locator(`#p-${PARAGRAPHS}`).count()).toBe(1);
    expect(await page.locator('#p-61').count()).toBe(1);
    expect(await page.locator('#p-61').getAttribute('tabindex')).toBe('0');
    expect(await drawnParagraphs()).toBeLessThan(80);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p-62');
    await expect.poll(() => inView('#p-62')).toBe(true);
  });

  it('opens the card of an annotation far down from its highlight, and the passage from its card', async () => {
    await openLong(`#/doc/longdoc/p/${FAR_NOTE_AT}`);
    await expect.poll(() => inView(`#p-${FAR_NOTE_AT}`)).toBe(true);
    await page.locator(`#p-${FAR_NOTE_AT} mark`).click();
    const card = page.locator('.annotation-card--selected');
    await expect.poll(() => card.locator('.tag').allTextContents()).toEqual(['far-down']);
    await expect.poll(() => inView('.annotation-card--selected')).toBe(true);

    // From the top of the document, the card far down in the list brings its passage into view.
    await openLong();
    await page.evaluate(() => {
      const pane = document.getElementById('reader-annotations');
      if (pane) pane.scrollTop = pane.scrollHeight;
    });
    const last = page.locator('.annotation-card').filter({ hasText: `¶ ${LAST_NOTE_AT}` });
    await expect.poll(() => last.count()).toBe(1);
    await last.locator('.annotation-quote').click();
    await expect.poll(() => inView(`#p-${LAST_NOTE_AT}`)).toBe(true);
    await expect.poll(() => page.locator(`#p-${LAST_NOTE_AT} mark`).first().getAttribute('class')).toContain('flash');
  });

  it('steps to an annotation far away with ] and through the cards with ↓ past those drawn', async () => {
    await openLong(`#/doc/longdoc/p/${PARAGRAPHS}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`p-${PARAGRAPHS}`);
    // After the last annotation, ] wraps round to the first, at the top of the document.
    await page.keyboard.press(']');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p-3');
    await expect.poll(() => inView('#p-3')).toBe(true);
    await expect.poll(() => page.locator('.annotation-card--selected .annotation-where').textContent()).toBe('¶ 3');

    await page.locator('.annotation-card--selected').focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    const focused = () =>
      page.evaluate(() => document.activeElement?.querySelector('.annotation-where')?.textContent ?? null);
    await expect.poll(focused).toBe(`¶ ${3 * 41}`);
    expect(await inView('.annotation-card:focus')).toBe(true);
    expect(await drawnCards()).toBeLessThan(60);
  });

  it('draws the cards of a long list in the pane that opens over the text in a narrow window', async () => {
    await page.setViewportSize({ width: 900, height: 800 });
    try {
      await openLong();
      await page.locator('#p-1').focus();
      await page.keyboard.press('p');
      const pane = page.locator('#reader-annotations.reader-pane--overlay');
      await expect.poll(() => pane.count()).toBe(1);
      await expect.poll(() => pane.locator('.annotation-card').count()).toBeGreaterThan(3);
      await pane.evaluate((element) => (element.scrollTop = element.scrollHeight));
      const last = pane.locator('.annotation-card').filter({ hasText: `¶ ${LAST_NOTE_AT}` });
      await expect.poll(() => last.count()).toBe(1);
      expect(await pane.locator('.annotation-card').count()).toBeLessThan(60);
      await page.screenshot({ path: join(shots, 'long-document-narrow-pane.png') });
      await page.keyboard.press('Escape');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('annotates a selection far down', async () => {
    await openLong('#/doc/longdoc/p/800');
    await expect.poll(() => inView('#p-800')).toBe(true);
    await page.evaluate(() => {
      const text = document.querySelector('#p-800 .paragraph-text');
      const node = text?.lastChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error('¶ 800 has no plain text at its end');
      const range = document.createRange();
      const data = (node as Text).data;
      range.setStart(node, data.length - 20);
      range.setEnd(node, data.length - 1);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      text?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.getByRole('button', { name: /Highlight the selection as Risk/ }).click();
    await expect.poll(() => page.locator('#p-800 mark.hl--red').count()).toBe(1);
    await expect
      .poll(() => page.locator('.reader-bar').textContent())
      .toContain(`Annotations (${annotationCount + 1})`);
    await expect.poll(() => page.locator('.annotation-card--selected').textContent()).toContain('¶ 800');
  });

  it('steps the find bar to a hit far down', async () => {
    await openLong();
    await page.locator('#p-1').focus();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: /Find/ }).fill(FAR_WORD);
    await expect.poll(() => page.locator('.find-bar-status').textContent()).toMatch(/1/);
    await page.getByRole('searchbox', { name: /Find/ }).press('Enter');
    await expect.poll(() => inView(`#p-${FAR_WORD_AT}`)).toBe(true);
    await page.screenshot({ path: join(shots, 'long-document-find.png') });
    expect(errors).toEqual([]);
  });
});

describe('a short document', () => {
  it('is drawn whole, as before', async () => {
    await page.goto(app.url);
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('link', { name: /Canada–France Declaration/ })
      .click();
    await expect.poll(() => page.locator('#p-24').count()).toBe(1);
    expect(await drawnParagraphs()).toBe(24);
    expect(await page.locator('.document .window-spacer').count()).toBe(0);
    expect(await page.locator('.document--windowed').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'long-document-sample.png') });
  });
});
