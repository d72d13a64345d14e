/**
 * The keyboard-only journey (issue 18), in Chromium on the real browser-mode server: import a
 * file, select a passage with caret mode and highlight it, write a note with an excerpt of it,
 * put the note in a new pack and export the pack's PDF — with keys only. The page records every
 * pointer event it receives: there must be none. The PDF is read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { api } from './support/network.ts';

const root = join(import.meta.dirname, '..', '..');
const FIXTURE = join(root, 'test', 'fixtures', 'import', 'numbered-communique.txt');
const TITLE = 'Communiqué of the Fifth Ministerial Meeting on Water Security';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const choosers: FileChooser[] = [];

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // Listen for file dialogs from the start: Playwright turns interception on without waiting,
  // so a `waitForEvent('filechooser')` just before the key press can lose the race on a busy
  // machine (the dialog then opens uncaught and is cancelled).
  page.on('filechooser', (chooser) => choosers.push(chooser));
  // Every pointer event the page ever sees, trusted or not (a key press on a button fires a
  // click, but never a pointerdown or mousedown).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { pointerEvents: string[] }).pointerEvents = seen;
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'pointerup', 'dragstart', 'wheel'])
      window.addEventListener(type, () => seen.push(type), true);
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** What has focus: its tag, accessible name or text, and where it is. */
function focused() {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return { tag: 'body', text: '', id: '', inMain: false, inSidebar: false };
    return {
      tag: a.tagName.toLowerCase(),
      // A field's name is its label's text (a <select>'s own text is all its options).
      text: (
        a.getAttribute('aria-label') ??
        ((a as HTMLInputElement).labels?.[0]?.textContent || a.textContent) ??
        ''
      ).trim(),
      id: a.id,
      inMain: !!a.closest('main'),
      inSidebar: !!a.closest('#app-sidebar'),
    };
  });
}

/** Presses `key` until focus is on something `test` accepts. */
async function pressUntil(test: (f: Awaited<ReturnType<typeof focused>>) => boolean, key = 'Tab', max = 60) {
  for (let i = 0; i < max; i++) {
    if (test(await focused())) return;
    await page.keyboard.press(key);
  }
  throw new Error(`not reached in ${max} × ${key}: focus is on ${JSON.stringify(await focused())}`);
}

/** Moves a focused <select> with the arrow keys until its chosen option's text matches. */
async function chooseOption(pattern: RegExp) {
  const text = () =>
    page.evaluate(() => {
      const select = document.activeElement as HTMLSelectElement;
      return select.selectedOptions[0]?.textContent ?? '';
    });
  // The options load after the picker opens: wait until the one sought is there.
  await expect
    .poll(() =>
      page.evaluate(
        ({ source, flags }) =>
          [...((document.activeElement as HTMLSelectElement).options ?? [])].some((o) =>
            new RegExp(source, flags).test(o.textContent ?? ''),
          ),
        { source: pattern.source, flags: pattern.flags },
      ),
    )
    .toBe(true);
  const count = await page.evaluate(() => (document.activeElement as HTMLSelectElement).options.length);
  await page.keyboard.press('Home');
  for (let i = 0; i < count; i++) {
    if (pattern.test(await text())) return;
    await page.keyboard.press('ArrowDown');
  }
  const options = await page.evaluate(() =>
    [...(document.activeElement as HTMLSelectElement).options].map((o) => o.textContent),
  );
  throw new Error(`no option matches ${pattern} in ${JSON.stringify(options)}`);
}

/** F6 to the sidebar, then Tab (or back) to one of its main places, and open it. */
async function openPlace(name: string) {
  await pressUntil((f) => f.inSidebar, 'F6', 6);
  const isPlace = (f: Awaited<ReturnType<typeof focused>>) => f.tag === 'a' && f.text === name;
  await pressUntil((f) => isPlace(f) || !f.inSidebar, 'Shift+Tab', 40);
  if (!isPlace(await focused())) await pressUntil(isPlace, 'Tab', 40);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('main h1').first().textContent()).toBe(name);
}

let noteTitle = '';
let highlighted = '';
let paragraphNumber = '';

describe('from import to PDF with the keyboard only', () => {
  it('imports a file from the Import… button and lands in the document', async () => {
    await page.goto(app.url);
    await page.locator('main h1').waitFor();
    await pressUntil((f) => f.tag === 'button' && f.text === 'Import…');
    // The system's file dialog is the operating system's (keyboard-operable); here it is Playwright's.
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length).toBe(1);
    await choosers[0]!.setFiles(FIXTURE);
    await expect.poll(() => page.locator('main h1').textContent(), { timeout: 20_000 }).toBe(TITLE);
    await expect.poll(async () => (await focused()).id).toBe('document-title');
  });

  it('selects words in caret mode and highlights them', async () => {
    // The text is one Tab stop; ↓ moves from paragraph to paragraph.
    await pressUntil((f) => f.tag === 'p' && /^p-\d+$/.test(f.id));
    // (A paragraph's text starts with its number in the margin.)
    await pressUntil((f) => /^\d*The ministers agreed/.test(f.text), 'ArrowDown');
    const paragraph = (await focused()).id;
    paragraphNumber = paragraph.slice(2);
    await page.keyboard.press('c');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    highlighted = await page.evaluate(() => window.getSelection()?.toString().trim() ?? '');
    expect(highlighted).toBe('The ministers agreed to');
    await page.keyboard.press('a');
    await page.locator('.selection-toolbar').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#${paragraph} mark`).textContent()).toBe(highlighted);
    await expect.poll(async () => (await focused()).id).toBe(paragraph);
    const card = page.locator('.annotation-card').filter({ hasText: highlighted });
    expect(await card.count()).toBe(1);
  });

  it('writes a note with an excerpt of that paragraph', async () => {
    await openPlace('Briefing notes');
    await pressUntil((f) => f.tag === 'button' && f.text === 'New briefing note');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).text).toBe('Note title');
    noteTitle = 'Water security: keyboard briefing';
    await page.keyboard.press('Control+a');
    await page.keyboard.type(noteTitle);
    await pressUntil((f) => f.tag === 'div' && f.inMain && f.text.endsWith(': text'));
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Insert an excerpt' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await pressUntil((f) => f.tag === 'select');
    await chooseOption(new RegExp(`^${TITLE}`));
    await page.keyboard.press('Tab');
    await page.keyboard.type('exchange hydrological data');
    await expect.poll(() => dialog.getByRole('checkbox').count()).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await pressUntil((f) => f.tag === 'button' && f.text === 'Insert excerpt');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const excerpt = page.locator('.note-content .excerpt-quote');
    await expect.poll(() => excerpt.textContent()).toContain('exchange hydrological data');
    // The excerpt cites the paragraph highlighted above, in the imported document.
    expect(await page.locator('.note-content .excerpt-citation').textContent()).toMatch(
      new RegExp(`^${TITLE} \\(.*\\), ¶ ${paragraphNumber}$`),
    );
    // Saved: the API has the title and the excerpt.
    await expect
      .poll(async () => (await api<Array<{ title: string }>>(app, 'notes:list', {})).map((n) => n.title))
      .toContain(noteTitle);
  });

  it('puts the note in a new pack and exports the pack’s PDF', async () => {
    await openPlace('Briefing packs');
    await pressUntil((f) => f.tag === 'button' && f.text === 'New pack');
    await page.keyboard.press('Enter');
    await page.locator('.pack-editor').waitFor();
    await pressUntil((f) => f.tag === 'select' && f.text.startsWith('Kind'));
    await chooseOption(/^Briefing note$/);
    await page.keyboard.press('Tab');
    await chooseOption(new RegExp(`^${noteTitle}`));
    await pressUntil((f) => f.tag === 'button' && f.text === 'Add to pack');
    await page.keyboard.press('Enter');
    const items = page.getByRole('list', { name: 'Items, in print order' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(1);
    await pressUntil((f) => f.tag === 'button' && f.text === 'Export PDF');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Enter');
    // Kept under test-results/ to look at.
    mkdirSync(join(root, 'test-results', 'daily'), { recursive: true });
    const file = join(root, 'test-results', 'daily', 'keyboard-journey-pack.pdf');
    await (await download).saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(noteTitle);
    expect(text).toContain('exchange hydrological data');
  });

  it('never used the mouse', async () => {
    expect(await page.evaluate(() => (window as unknown as { pointerEvents: string[] }).pointerEvents)).toEqual([]);
  });
});
