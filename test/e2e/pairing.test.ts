/**
 * English and French versions side by side, in browser mode with Chromium: pair the two
 * versions from the reader (the picker suggests the right one), annotate the English version
 * and see it, dimmed, on the French one, read them side by side (pairs level, hover lights the
 * pair), correct a pair from the keyboard, and export a bilingual annex read back from the PDF.
 * Screenshots of the side-by-side view at 1400 and 960 px go to test-results/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../support/pdf.ts';
import { makeTempDir } from '../support/temp.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { launchChromium } from './support/chromium.ts';
import { api } from './support/network.ts';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'pairs');
const shots = join(root, 'test-results', 'pairing');

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let en: string;
let fr: string;
const errors: string[] = [];
const temp = makeTempDir('precis-pairing-e2e-');

async function importFixture(name: string): Promise<string> {
  const bytes = readFileSync(join(fixtures, name));
  const result = await api<{ document: { id: string } }>(app, 'documents:import', {
    fileName: name,
    dataBase64: bytes.toString('base64'),
  });
  return result.document.id;
}

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  en = await importFixture('arctic-en.txt');
  fr = await importFixture('arctic-fr.txt');
  mkdirSync(shots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  temp.cleanup();
});

const cell = (side: 'a' | 'b', row: number) => page.locator(`#sbs-${side}-${row}`);

describe('English and French versions side by side', () => {
  it('pairs the two versions from the reader, the picker suggesting the French one', async () => {
    await page.goto(`${app.url}#/doc/${en}`);
    // The reader says which document looks like its other version…
    await expect
      .poll(() => page.locator('.pairing-bar-suggestion').textContent())
      .toMatch(/^Its French version may be “Déclaration commune du Canada et de la Finlande/);
    // …and the picker offers it first, already chosen.
    await page.getByRole('button', { name: 'Pair with its other language version…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pair with its other language version' });
    const suggested = dialog.locator('.pair-picker-option--suggested');
    await expect.poll(() => suggested.count()).toBe(1);
    expect(await suggested.textContent()).toMatch(/Déclaration commune du Canada et de la Finlande.*Suggested.*date/);
    // The suggestion is chosen already: pairing is one click.
    expect(await suggested.getByRole('radio').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Pair', exact: true }).click();
    await expect
      .poll(() => page.locator('.pairing-bar-partner').textContent())
      .toBe(
        "French version: Déclaration commune du Canada et de la Finlande sur la coopération scientifique dans l'Arctique",
      );
  });

  it('shows an annotation of the English version, dimmed, on the paired French paragraph', async () => {
    await page.getByRole('button', { name: 'Paragraph 3: annotate' }).click();
    await page.getByRole('button', { name: 'Highlight ¶ 3 as Risk' }).click();
    await expect.poll(() => page.locator('#p-3 mark.hl--red').count()).toBeGreaterThan(0);

    await page.goto(`${app.url}#/doc/${fr}`);
    const note = page.locator('#p-3 .cross-annotation');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.locator('.cross-annotation-from').textContent()).toBe('From the English version');
    expect(await note.locator('.cross-annotation-quote').textContent()).toMatch(/^Canada and Finland will launch/);
    expect(await note.getAttribute('class')).toContain('cross-annotation--red');
    // Only its pair: the French ¶ 4 has none.
    expect(await page.locator('#p-4 .cross-annotation').count()).toBe(0);
  });

  it('reads them side by side, paired paragraphs level, hovering one lighting its pair', async () => {
    await page.getByRole('button', { name: 'Side by side' }).click();
    await expect.poll(() => cell('a', 0).count()).toBe(1);
    // From the French document: French on the left, English on the right, one row per pair.
    expect(await cell('a', 4).locator('.paragraph').count()).toBe(2);
    expect(await cell('a', 4).textContent()).toMatch(/Les savoirs autochtones.*Le Conseil circumpolaire/);
    expect(await cell('b', 4).textContent()).toMatch(/^5Indigenous knowledge will guide/);
    // Level: a pair's two cells start at the same height.
    const [left, right] = await Promise.all([cell('a', 2).boundingBox(), cell('b', 2).boundingBox()]);
    expect(Math.abs((left?.y ?? 0) - (right?.y ?? 1))).toBeLessThan(1);
    // The English annotation, dimmed, on the French ¶ 3 here too; and the highlight itself on the right.
    expect(await cell('a', 2).locator('.cross-annotation').count()).toBe(1);
    expect(await cell('b', 2).locator('mark.hl--red').count()).toBeGreaterThan(0);

    await cell('a', 1).hover();
    await expect.poll(() => cell('b', 1).getAttribute('class')).toContain('sbs-cell--lit');
    expect(await cell('b', 3).getAttribute('class')).not.toContain('sbs-cell--lit');

    // Neither version has headings: no outline.
    expect(await page.getByRole('navigation', { name: 'Sections' }).count()).toBe(0);
    await page.screenshot({ path: join(shots, 'side-by-side-1400.png') });
    await page.setViewportSize({ width: 960, height: 900 });
    await expect
      .poll(() =>
        cell('a', 0)
          .boundingBox()
          .then((b) => (b?.width ?? 0) > 200),
      )
      .toBe(true);
    await page.screenshot({ path: join(shots, 'side-by-side-960.png') });
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  it('corrects a pair from the keyboard, and the correction is kept', async () => {
    // The French ¶ 6 has no English counterpart, says the user.
    const six = page.locator('[data-paragraph-n="6"]', { has: page.locator('.paragraph-text') }).first();
    await six.hover();
    await six.getByRole('button', { name: 'Pair with…' }).focus();
    await page.keyboard.press('Enter');
    const select = page.getByRole('combobox', { name: 'Pair ¶ 6 with' });
    await select.selectOption({ label: 'No counterpart' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => cell('a', 5).textContent()).toMatch(/^6Le Conseil circumpolaire/);
    expect(await cell('b', 5).textContent()).toMatch(/No counterpart in this version/);
    await expect.poll(() => page.locator('.sbs-corrected').count()).toBe(1);
    // Kept: the stored alignment says so, from either side.
    const alignment = await api<{ pairs: Array<{ aNumbers: number[]; bNumbers: number[]; corrected: boolean }> }>(
      app,
      'pairs:alignment',
      { documentId: en },
    );
    expect(alignment.pairs.find((p) => p.corrected)).toMatchObject({ aNumbers: [], bNumbers: [6] });
  });

  it('has an outline for both versions: a section of either goes to its row', async () => {
    const gold = join(root, 'test', 'eval', 'pairs', 'validation', 'v04-eu-canada-summit');
    const load = async (name: string) =>
      (
        await api<{ document: { id: string } }>(app, 'documents:import', {
          fileName: name,
          dataBase64: readFileSync(join(gold, name)).toString('base64'),
        })
      ).document.id;
    const summitEn = await load('en.txt');
    const summitFr = await load('fr.txt');
    await api(app, 'pairs:pair', { documentId: summitEn, otherId: summitFr });
    await page.goto(`${app.url}#/doc/${summitEn}`);
    await page.getByRole('button', { name: 'Side by side' }).click();
    const outline = page.getByRole('navigation', { name: 'Sections' });
    await expect.poll(() => outline.getByRole('heading', { name: 'French version' }).count()).toBe(1);
    expect(await outline.getByRole('heading', { name: 'English version' }).count()).toBe(1);
    await outline.getByRole('button', { name: /Commerce et investissement/ }).click();
    // The French section opens with its ¶ 8, paired with the English ¶ 7: that row is lit.
    const row = page.locator('.sbs-cell--b.sbs-cell--lit');
    await expect.poll(() => row.first().textContent()).toMatch(/^Commerce et investissement8L'Accord économique/);
    expect(await page.locator('.sbs-cell--a.sbs-cell--lit').first().textContent()).toMatch(
      /^Trade and investment7The Comprehensive/,
    );

    // Dragging a paragraph's number onto a paragraph of the other version pairs them.
    const handle = page.locator('.sbs-cell--a [data-paragraph-n="18"] .sbs-handle');
    const target = page.locator('.sbs-cell--b [data-paragraph-n="17"]');
    await handle.scrollIntoViewIfNeeded();
    await handle.dragTo(target);
    await expect
      .poll(async () => {
        const alignment = await api<{ pairs: Array<{ aNumbers: number[]; bNumbers: number[]; corrected: boolean }> }>(
          app,
          'pairs:alignment',
          { documentId: summitEn },
        );
        return alignment.pairs.filter((p) => p.corrected).map((p) => `${p.aNumbers}=${p.bNumbers}`);
      })
      .toEqual(['18=17']);
    await expect.poll(() => page.locator('.sbs-corrected').count()).toBe(1);
  });

  it('exports a bilingual annex: two columns, paired paragraphs side by side with their ¶ numbers', async () => {
    await page.getByRole('link', { name: 'Briefing packs' }).click();
    await page.getByRole('button', { name: 'New pack' }).click();
    const form = page.getByRole('form', { name: 'Add an item' });
    await form.getByRole('combobox', { name: 'Kind' }).selectOption('document');
    await form.getByRole('combobox', { name: 'Document' }).selectOption(en);
    const bilingual = form.getByRole('checkbox', { name: 'Both language versions side by side (bilingual annex)' });
    await expect.poll(() => bilingual.count()).toBe(1);
    await bilingual.check();
    await form.getByRole('button', { name: 'Add to pack' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Items, in print order' }).textContent())
      .toMatch(/Bilingual annex: Joint Statement by Canada and Finland/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    const file = join(temp.dir, 'bilingual.pdf');
    writeFileSync(file, readFileSync((await download.path()) as string));
    const pages = pdfPageTexts(file);
    const annex = pages.filter((text) => /Kilpisjärvi/.test(text)).join('\n');
    const sameLine = (english: RegExp, french: RegExp) =>
      annex.split('\n').some((line) => english.test(line) && french.test(line));
    expect(sameLine(/1\s+The Ministers of Foreign Affairs/, /1\s+Les ministres des Affaires/)).toBe(true);
    expect(sameLine(/4\s+The two countries will give/, /4\s+Les deux pays ouvriront/)).toBe(true);
    // The user's correction is in the annex too: French ¶ 6 in a row of its own.
    expect(sameLine(/5\s+Indigenous knowledge/, /5\s+Les savoirs autochtones/)).toBe(true);
    expect(
      annex.split('\n').some((line) => /6\s+Le Conseil circumpolaire/.test(line) && !/Indigenous/.test(line)),
    ).toBe(true);
    expect(errors).toEqual([]);
  }, 90_000);

  it('flags a paragraph the French split off, and joins it to its pair when dragged onto the English one', async () => {
    // A text of its own: the French splits the English ¶ 2, and the half it splits off shares
    // no figure, name or cognate with the English.
    const gold = join(root, 'test', 'eval', 'pairs', 'train', 't11-freshwater-split-md');
    const load = async (name: string) =>
      (
        await api<{ document: { id: string } }>(app, 'documents:import', {
          fileName: name,
          dataBase64: readFileSync(join(gold, name)).toString('base64'),
        })
      ).document.id;
    const splitEn = await load('en.md');
    const splitFr = await load('fr.md');
    await api(app, 'pairs:pair', { documentId: splitEn, otherId: splitFr });
    await page.goto(`${app.url}#/doc/${splitEn}`);
    await page.getByRole('button', { name: 'Side by side' }).click();
    // The French ¶ 3 stands alone: that claim is to be checked, not stated.
    const frThree = page.locator('.sbs-cell--b', { has: page.locator('[data-paragraph-n="3"]') });
    await expect.poll(() => frThree.getAttribute('class')).toContain('sbs-cell--low');
    expect(await page.getByText('Every pair looks right.').count()).toBe(0);

    const handle = page.locator('.sbs-cell--b [data-paragraph-n="3"] .sbs-handle');
    const target = page.locator('.sbs-cell--a [data-paragraph-n="2"]');
    await handle.scrollIntoViewIfNeeded();
    await handle.dragTo(target);
    await expect
      .poll(async () => {
        const alignment = await api<{ pairs: Array<{ aNumbers: number[]; bNumbers: number[]; corrected: boolean }> }>(
          app,
          'pairs:alignment',
          { documentId: splitEn },
        );
        return alignment.pairs.filter((p) => p.corrected).map((p) => `${p.aNumbers}=${p.bNumbers}`);
      })
      .toEqual(['2=2,3']);
    // One row: the English ¶ 2 level with both French paragraphs.
    const row = await page
      .locator('.sbs-cell--b', { has: page.locator('[data-paragraph-n="3"]') })
      .getAttribute('data-pair');
    const french = page.locator(`#sbs-b-${row}`);
    expect(await french.locator('.paragraph').count()).toBe(2);
    expect(await page.locator(`#sbs-a-${row}`).textContent()).toMatch(/They heard from Inuit hunters/);
    await page.screenshot({ path: join(shots, 'split-joined-1400.png') });
    expect(errors).toEqual([]);
  }, 90_000);

  it('offers an excerpt in the other language, saying so when its pairing was never checked', async () => {
    // A release whose French version swaps two paragraphs: the aligner is unsure of them.
    const gold = join(root, 'test', 'eval', 'pairs', 'train', 't13-humanitarian-release-swapped');
    const load = async (name: string) =>
      (
        await api<{ document: { id: string } }>(app, 'documents:import', {
          fileName: name,
          dataBase64: readFileSync(join(gold, name)).toString('base64'),
        })
      ).document.id;
    const releaseEn = await load('en.txt');
    const releaseFr = await load('fr.txt');
    const alignment = await api<{ pairs: Array<{ aNumbers: number[]; bNumbers: number[]; low: boolean }> }>(
      app,
      'pairs:pair',
      { documentId: releaseEn, otherId: releaseFr },
    );
    const sure = alignment.pairs.find((p) => !p.low && p.aNumbers.length === 1 && p.bNumbers.length === 1);
    const unsure = alignment.pairs.find((p) => p.low && p.aNumbers.length === 1 && p.bNumbers.length === 1);
    expect(sure && unsure).toBeTruthy();

    await page.goto(app.url);
    await page.getByRole('link', { name: 'Briefing notes' }).click();
    await page.getByRole('button', { name: 'New briefing note' }).click();
    await page.locator('.note-page .note-content h2').first().waitFor();
    const excerpts = page.locator('.note-page .note-content .excerpt');
    for (const pair of [sure, unsure]) {
      await page.locator('.note-page .note-content h2').first().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+Shift+E');
      const dialog = page.getByRole('dialog', { name: 'Insert an excerpt' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await dialog.getByLabel('Document').selectOption(releaseEn);
      await dialog.getByRole('checkbox', { name: `¶ ${pair?.aNumbers[0]}`, exact: true }).check();
      await dialog.getByRole('button', { name: 'Insert excerpt' }).click();
    }
    await expect.poll(() => excerpts.count()).toBe(2);
    const withWording = (n: number) =>
      excerpts.filter({ has: page.locator('.excerpt-citation', { hasText: new RegExp(`¶ ${n}$`) }) }).first();
    const sureExcerpt = withWording(sure?.aNumbers[0] ?? 0);
    const unsureExcerpt = withWording(unsure?.aNumbers[0] ?? 0);
    await expect.poll(() => sureExcerpt.locator('.excerpt-other-language').textContent()).toBe('French wording');
    await expect
      .poll(() => unsureExcerpt.locator('.excerpt-other-language').textContent())
      .toBe('French wording (pairing not checked)');
    expect(await unsureExcerpt.locator('.excerpt-other-language').getAttribute('title')).toMatch(
      /no one has confirmed/,
    );
    await page.screenshot({ path: join(shots, 'excerpt-other-wording.png') });

    // Taken anyway: the excerpt quotes the French paragraph and cites the French ¶.
    await unsureExcerpt.locator('.excerpt-other-language').click();
    const french = excerpts.filter({ has: page.locator('.excerpt-citation', { hasText: /^Le Canada se réjouit/ }) });
    await expect.poll(() => french.count()).toBe(1);
    expect(await french.locator('.excerpt-citation').textContent()).toMatch(new RegExp(`¶ ${unsure?.bNumbers[0]}$`));
    expect(errors).toEqual([]);
  }, 90_000);
});
