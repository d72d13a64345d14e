/**
 * End to end: the quote check in the real browser-mode server and Chromium. From the sample
 * article, "Check quotes" opens the article beside the declaration; each quotation leads to its
 * passage with a word diff; "Copy media lines" puts an HTML table and text on the clipboard;
 * "Insert into a note" appends them as a table to a briefing note; the sources can be changed.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

const root = join(import.meta.dirname, '..', '..');
const expected = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seeds', 'expected.json'), 'utf8')) as {
  news: { title: string; quotes: Array<{ starts: string; source_paragraph: number; fidelity: string }> };
};
const shots = join(root, 'test-results');

let app: RunningBrowserMode;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 950 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const marks = () => page.locator('.quotes-article .quote-mark');

describe('quote check in Chromium', () => {
  it('offers “Check quotes” on the news article and opens the check', async () => {
    await page.goto(app.url);
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('link', { name: new RegExp(expected.news.title) })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(expected.news.title);
    await page.getByRole('link', { name: 'Check quotes' }).click();
    await expect.poll(() => page.locator('#quotes-title').textContent()).toBe(expected.news.title);
    await expect.poll(() => marks().count()).toBe(4);
    expect(await page.locator('.quotes-summary').textContent()).toContain('4 quotations');
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/quotes\//);
  });

  it('links each quotation to its source paragraph, with its fidelity', async () => {
    for (const [i, quote] of expected.news.quotes.entries()) {
      const mark = marks().filter({ hasText: quote.starts }).first();
      await mark.click();
      expect(await mark.getAttribute('aria-pressed')).toBe('true');
      const card = page.locator('.quote-card');
      await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe(`Quotation ${i + 1} of 4`);
      // Quotation 1 is divergent since issue 14 ("determined" → "firmly committed"); see
      // test/quotes/quote-check.test.ts.
      const fidelity = quote.starts.startsWith('Our armed forces') ? 'divergent' : quote.fidelity;
      expect(await card.locator('.fidelity-badge').first().textContent()).toBe(
        { paraphrase: 'Paraphrase', divergent: 'Divergent' }[fidelity],
      );
      const link = card.getByRole('link', { name: new RegExp(`¶ ${quote.source_paragraph} of`) });
      expect(await link.getAttribute('href')).toMatch(new RegExp(`/p/${quote.source_paragraph}$`));
      await expect
        .poll(() =>
          page
            .locator('.source-passage')
            .first()
            .evaluate((m) => m.closest('p')?.dataset.sourceParagraph),
        )
        .toBe(String(quote.source_paragraph));
    }
  });

  it('explains every verdict, “Reworded — check” included, in a legend', async () => {
    const legend = page.locator('.verdict-legend');
    await legend.locator('summary').click();
    const rows = legend.locator('.verdict-legend-row');
    expect(await rows.count()).toBe(6);
    expect(await rows.nth(3).locator('.fidelity-badge').textContent()).toBe('Reworded — check');
    expect(await rows.nth(3).locator('dd').textContent()).toContain('cannot vouch for');
    await page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'quotes-legend.png') });
    await legend.locator('summary').click();
  });

  it('shows the word diff with the changed content words marked', async () => {
    await marks().filter({ hasText: 'war of conquest' }).click();
    const diff = page.locator('.quote-diff');
    await expect.poll(() => diff.locator('del', { hasText: 'aggression' }).count()).toBeGreaterThan(0);
    expect(await diff.locator('ins.diff-changed', { hasText: 'conquest' }).count()).toBe(1);
    expect(await page.locator('.source-passage').textContent()).toContain('war of aggression');
    // keyboard: the quotation marks are buttons in the tab order
    await marks().first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.quote-card h2').textContent()).toBe('Quotation 1 of 4');
    await marks().nth(3).focus();
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('.quote-card h2').textContent()).toBe('Quotation 4 of 4');
    await page.locator('.app-main').evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'quotes.png') });
  });

  it('copies the media lines as an HTML table and as text', async () => {
    await page.getByRole('button', { name: 'Copy media lines' }).click();
    await expect
      .poll(() => page.locator('.media-lines-header [role="status"]').textContent())
      .toContain('Copied 4 media lines');
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      return {
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      };
    });
    expect(clipboard?.html).toContain('<table>');
    expect(clipboard?.html).toContain('¶ 6');
    expect(clipboard?.html).toContain('aggression → conquest');
    const lines = clipboard?.text.split('\n') ?? [];
    expect(lines[1]).toBe('Quote\tSource ¶\tFidelity\tChanged words');
    expect(lines).toHaveLength(6);
    expect(await page.locator('.media-lines-table tbody tr').count()).toBe(4);
  });

  it('has no serious accessibility violations', async () => {
    const results = await new AxeBuilder({ page }).include('.quotes').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('inserts the media lines into a briefing note as a table', async () => {
    const quotesUrl = page.url();
    const created = await page.evaluate(async (token) => {
      const response = await fetch('./api/notes:create', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Precis-Token': token },
        body: JSON.stringify({ template: 'en', title: 'Media lines note' }),
      });
      return (await response.json()) as { ok: boolean; value: { id: string } };
    }, app.token);
    expect(created.ok).toBe(true);
    await page.reload();
    await expect.poll(() => marks().count()).toBe(4);
    const picker = page.getByRole('combobox', { name: 'Briefing note' });
    await expect.poll(() => picker.locator('option').allTextContents()).toContain('Media lines note');
    await picker.selectOption({ label: 'Media lines note' });
    await page.getByRole('button', { name: 'Insert into a note' }).click();
    const status = page.locator('.media-lines-insert [role="status"]');
    await expect.poll(() => status.textContent()).toContain('Inserted 4 media lines at the end of “Media lines note”');
    await page.screenshot({ path: join(shots, 'quotes-insert-into-note.png') });
    await status.getByRole('link', { name: 'Open the note' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/notes/${created.value.id}`);
    // The note editor shows the table: a header row and one row per quotation.
    const table = page.locator('[contenteditable="true"] table');
    await expect.poll(() => table.locator('tr').count(), { timeout: 10_000 }).toBe(5);
    expect(await table.locator('tr').first().textContent()).toBe('QuoteSource ¶FidelityChanged words');
    expect(await table.textContent()).toContain('aggression → conquest');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'note-with-media-lines.png') });
    await page.goto(quotesUrl);
    await expect.poll(() => marks().count()).toBe(4);
  });

  it('checks again against the sources the user picks', async () => {
    const statement = readFileSync(join(root, 'test', 'fixtures', 'quotes', 'statement-maritime-en.txt'));
    const imported = await page.evaluate(
      async ({ token, dataBase64 }) => {
        const response = await fetch('./api/documents:import', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Precis-Token': token },
          body: JSON.stringify({ fileName: 'statement-maritime-en.txt', dataBase64 }),
        });
        return (await response.json()) as { ok: boolean };
      },
      { token: app.token, dataBase64: statement.toString('base64') },
    );
    expect(imported.ok).toBe(true);
    await page.reload();
    await expect.poll(() => marks().count()).toBe(4);
    await page.locator('.source-picker summary').click();
    const picker = page.getByRole('group', { name: 'Check the quotations against' });
    const declaration = picker.getByRole('checkbox', { name: /Declaration on a Stronger Defence/ });
    const other = picker.getByRole('checkbox', { name: /Maritime Security/ });
    expect(await declaration.isChecked()).toBe(true);
    expect(await other.isChecked()).toBe(false);
    const button = picker.getByRole('button', { name: 'Check against these sources' });
    expect(await button.isDisabled()).toBe(true);
    await declaration.uncheck();
    expect(await button.isDisabled()).toBe(true);
    await other.check();
    await button.click();
    await expect.poll(() => page.locator('.quotes-summary').textContent()).toContain('4 Not found in sources');
    await marks().first().click();
    expect(await page.locator('.quote-card').textContent()).toContain('Not found in the checked sources');
    expect(consoleErrors).toEqual([]);
  });
});
