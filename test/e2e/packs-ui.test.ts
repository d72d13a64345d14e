/**
 * The packs view in browser mode: build the sample pack, add a PROTECTED B note (which raises
 * the pack's classification), reorder by keyboard, remove with undo, raise the classification
 * (never below the items'), and preview the PDF page by page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => requests.push(request.url()));
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Calls the API as the page does (browser mode: token header, same origin). */
function api(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(
    async ({ channel, input, token }) => {
      const response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Precis-Token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown };
    },
    { channel, input, token: app.token },
  );
}

const itemLabels = () =>
  page
    .getByRole('list', { name: 'Items, in print order' })
    .getByRole('listitem')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));

describe('packs in browser mode', () => {
  it('builds the sample pack from the packs view: a briefing note and the declaration as annex', async () => {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Briefing packs' }).click();
    await page.getByRole('button', { name: 'Sample pack' }).click();
    await expect.poll(async () => (await itemLabels()).length).toBe(2);
    const labels = await itemLabels();
    expect(labels[0]).toMatch(/^1\. Note: Briefing note: .* \(UNCLASSIFIED\)$/);
    expect(labels[1]).toMatch(/^2\. Annex: Annex — /);
  });

  it('adds a briefing note picked from the notes list, and shows its classification', async () => {
    const created = await api('notes:create', { template: 'en', title: 'Cyber talks' });
    const note = created.value as Record<string, unknown>;
    const saved = await api('notes:save', {
      id: note.id,
      title: note.title,
      status: note.status,
      classification: 'protected-b',
      fields: note.fields,
      content: note.content,
    });
    expect(saved.ok).toBe(true);
    const form = page.getByRole('form', { name: 'Add an item' });
    await form.getByRole('combobox', { name: 'Kind' }).selectOption('note');
    const picker = form.getByRole('combobox', { name: 'Note' });
    await expect.poll(() => picker.locator('option').allTextContents()).toContain('Cyber talks (PROTECTED B)');
    await picker.selectOption({ label: 'Cyber talks (PROTECTED B)' });
    await form.getByRole('button', { name: 'Add to pack' }).click();
    await expect.poll(async () => (await itemLabels()).length).toBe(3);
    expect((await itemLabels())[2]).toBe('3. Note: Cyber talks (PROTECTED B)');
    await expect.poll(() => page.locator('.pack-item-classification', { hasText: 'PROTECTED B' }).count()).toBe(1);
    // The note raises the pack: it can no longer be marked below PROTECTED B.
    const select = page.getByRole('combobox', { name: 'Classification' });
    await expect.poll(() => select.inputValue()).toBe('protected-b');
    expect(await select.locator('option[value="protected-a"]').isDisabled()).toBe(true);
  });

  it('moves an item with Alt+Arrow keys and keeps focus on it', async () => {
    const before = await itemLabels();
    const first = page.getByRole('listitem', { name: before[0] as string });
    await first.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(async () => (await itemLabels())[1]?.replace(/^\d+\. /, ''))
      .toBe(before[0]?.replace(/^\d+\. /, ''));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^2\. /);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'moved to position 2 of 3' }).count()).toBe(1);
  });

  it('removes an item and puts it back with Undo', async () => {
    const before = await itemLabels();
    await page.getByRole('button', { name: 'Remove Cyber talks' }).click();
    await expect.poll(async () => (await itemLabels()).length).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(itemLabels).toEqual(before);
  });

  it('offers no classification below the items’ and accepts a higher one', async () => {
    const select = page.getByRole('combobox', { name: 'Classification' });
    await select.selectOption('confidential');
    await expect.poll(() => page.getByRole('link', { name: /CONFIDENTIAL/ }).count()).toBe(1);
  });

  it('previews the exported PDF page by page, drawing the pages near the view', async () => {
    await page.getByRole('button', { name: 'Preview' }).click();
    const pages = page.getByRole('img', { name: /^Page \d+ of \d+$/ });
    await expect.poll(() => pages.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const total = Number(/of (\d+)$/.exec((await pages.first().getAttribute('aria-label')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(4);
    // Every page has its place, in order.
    await expect.poll(() => pages.count(), { timeout: 30_000 }).toBe(total);
    expect(await pages.last().getAttribute('aria-label')).toBe(`Page ${total} of ${total}`);
    // A page is drawn once near the view: the first now, the last when scrolled to.
    const inked = (slot: typeof pages) =>
      slot.evaluate((element) => {
        const c = element.querySelector('canvas');
        if (!c) return 0;
        const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
        return dark;
      });
    await expect.poll(() => inked(pages.first()), { timeout: 30_000 }).toBeGreaterThan(500);
    await pages.last().scrollIntoViewIfNeeded();
    await expect.poll(() => inked(pages.last()), { timeout: 30_000 }).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    expect(
      requests.every((url) => url.startsWith(app.origin) || url.startsWith('blob:') || url.startsWith('data:')),
    ).toBe(true);
  }, 60_000);
});
