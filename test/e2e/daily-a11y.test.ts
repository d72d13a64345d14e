/**
 * Accessibility of every view (issue 18), in Chromium on the real browser-mode server: axe
 * finds nothing serious or critical in any view, in English and in French, wide and narrow,
 * with panes, dialogs and editors open; focus lands in the view after opening a document,
 * creating an annotation, Edit, Done and Delete on its card — never on the page itself; the
 * skip link, F6 between panes and the shortcuts sheet work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECLARATION_FILE, editedDeclaration } from '../support/declaration-versions.ts';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { api, importBytes } from './support/network.ts';

const root = join(import.meta.dirname, '..', '..');
let app: RunningBrowserMode;
let browser: Browser;
let context: BrowserContext;
const ids = { declaration: '', v2: '', news: '', page: '', pdf: '', note: '', pack: '' };

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  // axe needs a context of its own making (not browser.newPage()).
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const documents = await api<Array<{ id: string; kind: string }>>(app, 'documents:list', {});
  ids.declaration = documents.find((d) => d.kind === 'declaration')?.id ?? '';
  ids.news = documents.find((d) => d.kind === 'news')?.id ?? '';
  await api(app, 'annotations:create', {
    documentId: ids.declaration,
    target: { type: 'quote', exact: 'trained tens of thousands of Ukrainian soldiers' },
    color: 'red',
    tags: ['training'],
  });
  ids.v2 = await importBytes(app, DECLARATION_FILE, Buffer.from(editedDeclaration()));
  ids.pdf = await importBytes(
    app,
    'statement.pdf',
    readFileSync(join(root, 'test', 'fixtures', 'import', 'statement.pdf')),
  );
  ids.page = await importBytes(
    app,
    'saved-page.html',
    readFileSync(join(root, 'test', 'fixtures', 'import', 'saved-page.html')),
  );
  ids.note = (await api<{ id: string }>(app, 'notes:create', { template: 'en' })).id;
  ids.pack = (await api<{ id: string }>(app, 'packs:createSample', { language: 'en' })).id;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function seriousViolations(page: Page): Promise<string[]> {
  // The original file's frame runs no script (sandbox without allow-scripts), so axe cannot go
  // in; its content is the source's own, shown as it was. The frame itself is checked below.
  const results = await new AxeBuilder({ page }).exclude('iframe.original-frame').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function ready(page: Page, hash: string): Promise<void> {
  // A fresh page each time: a hash change alone would keep the last view's dialogs open.
  await page.goto('about:blank');
  await page.goto(`${app.url}${hash}`);
  await page.locator('main h1, main [data-view-focus]').first().waitFor();
  await page.waitForTimeout(300);
}

/** Each view, and what to do in it before checking (open a pane, a dialog, an editor…). */
const VIEWS: Array<[string, () => string, ((page: Page) => Promise<void>)?]> = [
  ['library', () => '#/'],
  ['reader', () => `#/doc/${ids.v2}`],
  ['reader, no headings', () => `#/doc/${ids.news}`],
  [
    'reader, editing a comment',
    () => `#/doc/${ids.v2}`,
    async (page) => {
      await page
        .locator('.annotation-card')
        .getByRole('button', { name: /^(Edit|Modifier)$/ })
        .click();
      await page.locator('.comment-input').waitFor();
    },
  ],
  [
    'reader, annotation toolbar',
    () => `#/doc/${ids.v2}`,
    async (page) => {
      await page.locator('#p-2').focus();
      await page.keyboard.press('Enter');
      await page.locator('.selection-toolbar').waitFor();
    },
  ],
  [
    'original (frame)',
    () => `#/doc/${ids.page}`,
    async (page) => {
      await page.keyboard.press('v');
      const frame = page.locator('iframe.original-frame');
      await frame.waitFor();
      // What axe would say of the frame from outside: it has a name.
      expect(await frame.getAttribute('title')).toMatch(/saved-page\.html/);
    },
  ],
  [
    'original (PDF pages)',
    () => `#/doc/${ids.pdf}`,
    async (page) => {
      await page.keyboard.press('v');
      await page.locator('#reader-original canvas[data-drawn="true"]').first().waitFor({ timeout: 20_000 });
    },
  ],
  [
    'compare versions',
    () => `#/doc/${ids.v2}`,
    async (page) => {
      await page.locator('[data-compare]').waitFor();
      await page.keyboard.press('r');
      await page.locator('.redline-rows').waitFor();
    },
  ],
  [
    'shortcuts sheet',
    () => '#/',
    async (page) => {
      await page.keyboard.press('?');
      await page.locator('dialog.shortcuts-sheet[open]').waitFor();
    },
  ],
  ['quote check', () => `#/quotes/${ids.news}`],
  ['notes', () => '#/notes'],
  [
    'note, with a check list',
    () => `#/notes/${ids.note}`,
    async (page) => {
      await page.locator('.ne-content, [contenteditable="true"]').first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('[] call the embassy');
      await page.waitForTimeout(200);
    },
  ],
  ['packs', () => '#/packs'],
  ['pack', () => `#/packs/${ids.pack}`],
  ['search', () => '#/search?q=defence'],
  ['tags', () => '#/tags'],
  ['a tag', () => '#/tags/training'],
  ['settings', () => '#/settings'],
];

describe('axe: nothing serious or critical', () => {
  for (const language of ['en', 'fr'] as const) {
    // One test a view, so a failure names its view and each gets its own time on a busy machine.
    describe(`in ${language === 'en' ? 'English' : 'French'}`, () => {
      let page: Page;
      beforeAll(async () => {
        await api(app, 'settings:set', { language });
        page = await context.newPage();
      });
      afterAll(() => page.close());

      for (const [name, hash, prepare] of VIEWS) {
        it(name, async () => {
          await ready(page, hash());
          await prepare?.(page);
          expect(await seriousViolations(page)).toEqual([]);
        });
      }
    });
  }

  it('in a narrow window, with the sidebar and a pane open over the view', async () => {
    await api(app, 'settings:set', { language: 'en' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 720, height: 860 });
    try {
      await ready(page, `#/doc/${ids.v2}`);
      await page.keyboard.press('p');
      await page.getByRole('dialog', { name: 'Annotations' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('\\');
      await page.locator('#app-sidebar').waitFor({ state: 'visible' });
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** What has focus, in words (never the page itself). */
function focused(page: Page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    const where = a.closest('main') ? 'main' : a.closest('#app-sidebar') ? 'sidebar' : 'other';
    return `${where}: ${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${a.className ? `.${String(a.className).split(' ')[0]}` : ''}`;
  });
}

async function tabUntil(page: Page, test: () => Promise<boolean>, max = 40, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await test()) return;
    await page.keyboard.press(key);
  }
  throw new Error(`not reached in ${max} Tab presses; focus is on ${await focused(page)}`);
}

describe('focus', () => {
  let page: Page;
  beforeAll(async () => {
    await api(app, 'settings:set', { language: 'en' });
    page = await context.newPage();
  });
  afterAll(() => page.close());

  it('starts with a skip link that takes focus to the view', async () => {
    await ready(page, '#/');
    // The skip link is the page's first stop: nothing a Tab reaches comes before it…
    const first = await page.evaluate(() => {
      const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select, [tabindex]')];
      return stops.find((e) => e.tabIndex >= 0 && !e.hidden && !(e as HTMLButtonElement).disabled)?.className;
    });
    expect(first).toBe('skip-link');
    // …and stepping back from the brand reaches it, shown while it has focus.
    await page.locator('.brand').focus();
    await tabUntil(
      page,
      async () => (await page.evaluate(() => document.activeElement?.className)) === 'skip-link',
      3,
      'Shift+Tab',
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^main: h1/);
  });

  it('lands in the document opened from the library, by keyboard and by mouse', async () => {
    await ready(page, '#/tags');
    const link = page.locator('#app-sidebar .library-item').last();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('main: h1#document-title');
    await ready(page, '#/');
    await page.locator('#app-sidebar .library-item').first().click();
    await expect.poll(() => focused(page)).toBe('main: h1#document-title');
  });

  for (const [list, link, lands] of [
    ['#/notes', '#/notes/', /^main: input\.note-title-input$/],
    ['#/packs', '#/packs/', /^main: article\.pack-editor$/],
    ['#/tags', '#/tags/', /^main: h2/],
  ] as const) {
    it(`lands in what is opened from ${list} with the keyboard`, async () => {
      await ready(page, list);
      await tabUntil(page, () =>
        page.evaluate((prefix) => {
          const a = document.activeElement;
          return !!a?.closest('main') && (a.getAttribute('href') ?? '').startsWith(prefix);
        }, link),
      );
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatch(lands);
    });
  }

  it('stays in the text after a highlight, and in the card after Edit, Done and Delete', async () => {
    await ready(page, `#/doc/${ids.v2}`);
    await page.locator('#p-4').focus();
    await page.keyboard.press('Enter');
    await page.locator('.selection-toolbar').waitFor();
    expect(await focused(page)).toMatch(/swatch/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#p-4 mark').count()).toBeGreaterThan(0);
    await expect.poll(() => focused(page)).toBe('main: p#p-4.paragraph');

    const card = page.locator('.annotation-card').filter({ hasText: '¶ 4' });
    await card.getByRole('button', { name: 'Edit' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/comment-input/);
    await page.keyboard.type('Ask the desk');
    await card.getByRole('button', { name: 'Done' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^main: button/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit');

    await card.getByRole('button', { name: /^Delete/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => focused(page)).not.toBe('body');
    expect(await focused(page)).toMatch(/^main: (li|h2)/);
  });

  it('moves between panes with F6 and back with Shift+F6', async () => {
    await ready(page, `#/doc/${ids.v2}`);
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('F6');
      seen.push(
        await page.evaluate(() => document.activeElement?.closest('[data-pane]')?.getAttribute('data-pane') ?? 'none'),
      );
    }
    // Outline is behind its toggle at this width: text, annotations, sidebar, in turn.
    expect(new Set(seen)).toEqual(new Set(['text', 'annotations', 'sidebar']));
    await page.keyboard.press('Shift+F6');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-pane]')?.getAttribute('data-pane'))).toBe(
      seen[1],
    );
  });

  it('opens the shortcuts sheet with ? and gives focus back when it closes', async () => {
    await ready(page, `#/doc/${ids.v2}`);
    await tabUntil(page, async () => (await focused(page)).startsWith('main: p#p-'));
    const before = await focused(page);
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(await sheet.getByRole('row').count()).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    expect(await focused(page)).toBe(before);
  });
});
